package org.flowbook.analysis.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.model.Severity;
import org.flowbook.model.Step;

/** A requirement of a regulation that no control in any process covers. */
final class ComplianceGap extends AbstractRule {
  ComplianceGap() {
    super("compliance-gap", Severity.WARNING);
  }

  @Override
  public List<Problem> checkWorkspace(LintContext c) {
    Organization org = c.workspace().organization();
    Set<String> covered = new HashSet<>();
    for (Process p : c.workspace().processes()) {
      for (Step s : p.steps()) {
        for (ControlRef control : s.task().controls()) {
          for (String citation : control.requirements()) {
            org.resolve(citation).ifPresent(cit -> covered.add(cit.text()));
          }
        }
      }
    }
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
