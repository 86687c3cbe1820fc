package org.flowbook.compliance.register;

import java.util.Objects;
import org.flowbook.compliance.coverage.Coverage;
import org.flowbook.compliance.coverage.CoverageReport;
import org.flowbook.compliance.gdpr.ProcessingRecord;
import org.flowbook.compliance.plan.ControlPlan;
import org.flowbook.compliance.risk.RiskRegister;
import org.flowbook.model.Workspace;

/**
 * Every register derived from one workspace for one request: what each report format writes.
 *
 * @param organization the organization's name, for titles
 */
public record Registers(
    ComplianceRequest request,
    String organization,
    CoverageReport coverage,
    RiskRegister risks,
    ControlPlan plan,
    ProcessingRecord processing) {
  public Registers {
    Objects.requireNonNull(request, "request");
    organization = organization == null ? "" : organization;
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(risks, "risks");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(processing, "processing");
  }

  public static Registers derive(Workspace workspace, ComplianceRequest request) {
    RiskRegister risks = RiskRegister.of(workspace);
    return new Registers(
        request,
        workspace.organization().name(),
        Coverage.of(workspace, request.regulation()),
        risks,
        ControlPlan.of(workspace, risks, request.year()),
        ProcessingRecord.of(workspace));
  }
}
