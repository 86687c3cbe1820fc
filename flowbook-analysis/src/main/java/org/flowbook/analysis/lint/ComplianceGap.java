package org.flowbook.analysis.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flowbook.model.ControlCoverage;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.model.Severity;

/** A requirement of a regulation that no control in any process covers. */
final class ComplianceGap extends AbstractRule {
  ComplianceGap() {
    super("compliance-gap", Severity.WARNING);
  }

  @Override
  public List<Problem> checkWorkspace(LintContext c) {
    Organization org = c.workspace().organization();
    // Cited in a step's control, or by a declared control a step or a risk names.
    Set<String> covered = ControlCoverage.coveredRequirements(org, c.workspace().processes());
    List<Problem> out = new ArrayList<>();
    for (Regulation reg : org.regulations()) {
      for (Requirement req : reg.requirements()) {
        String cite = reg.cite(req);
        if (!covered.contains(cite)) {
          out.add(
              finding(
                  c,
                  req.at().known() ? req.at() : reg.at(),
                  null,
                  new Object[] {cite, req.text().isEmpty() ? "" : " (" + req.text() + ")"},
                  cite));
        }
      }
    }
    return out;
  }
}
