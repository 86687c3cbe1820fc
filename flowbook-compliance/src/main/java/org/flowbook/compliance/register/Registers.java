package org.flowbook.compliance.register;

import java.util.Objects;
import org.flowbook.compliance.coverage.Coverage;
import org.flowbook.compliance.coverage.CoverageReport;
import org.flowbook.model.Workspace;

/**
 * Every register derived from one workspace for one request: what each report format writes.
 *
 * @param organization the organization's name, for titles
 */
public record Registers(ComplianceRequest request, String organization, CoverageReport coverage) {
  public Registers {
    Objects.requireNonNull(request, "request");
    organization = organization == null ? "" : organization;
    Objects.requireNonNull(coverage, "coverage");
  }

  public static Registers derive(Workspace workspace, ComplianceRequest request) {
    return new Registers(
        request, workspace.organization().name(), Coverage.of(workspace, request.regulation()));
  }
}
