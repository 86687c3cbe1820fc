package org.flowbook.analysis.lint;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Control;
import org.flowbook.model.ControlCoverage;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Risk;
import org.flowbook.model.RiskScore;
import org.flowbook.model.Severity;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Step;

/**
 * Risks and declared controls (issue 19): a risk nobody controls, a risk that stays above the
 * organization's threshold, a control a risk names that does not exist, a declared control an
 * auditor cannot follow up (no owner, frequency or evidence), and an owner that is not a role.
 */
final class RiskRules {
  private RiskRules() {}

  static List<Rule> all() {
    return List.of(
        new RiskWithoutControl(),
        new RiskAboveThreshold(),
        new UnknownControl(),
        new ControlIncomplete(),
        new OwnerNotARole());
  }

  /** A risk with the step it stands under (null for a risk of the whole process). */
  record Placed(Risk risk, String step) {}

  static List<Placed> risks(Process p) {
    List<Placed> out = new ArrayList<>();
    p.risks().forEach(r -> out.add(new Placed(r, null)));
    for (Step s : p.steps()) {
      s.risks().forEach(r -> out.add(new Placed(r, s.id())));
    }
    return out;
  }

  static SourceLocation at(Process p, Risk r) {
    return r.at().known() ? r.at() : p.at();
  }

  /** A risk that names no control: nothing is done about it. */
  static final class RiskWithoutControl extends AbstractRule {
    RiskWithoutControl() {
      super("risk-without-control", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      List<Problem> out = new ArrayList<>();
      for (Placed x : risks(p)) {
        if (x.risk().controls().isEmpty()) {
          out.add(finding(c, at(p, x.risk()), x.step(), new Object[] {x.risk().name()}));
        }
      }
      return out;
    }
  }

  /** A risk whose effective value (after controls when stated) is above the threshold. */
  static final class RiskAboveThreshold extends AbstractRule {
    RiskAboveThreshold() {
      super("risk-above-threshold", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      int threshold = c.workspace().organization().riskThreshold();
      List<Problem> out = new ArrayList<>();
      for (Placed x : risks(p)) {
        if (x.risk().above(threshold)) {
          RiskScore s = x.risk().effective();
          String when = c.text(x.risk().residualScore().isPresent() ? "risk.after" : "risk.before");
          out.add(
              finding(
                  c,
                  at(p, x.risk()),
                  x.step(),
                  new Object[] {
                    x.risk().name(), s.value(), s.likelihood(), s.consequence(), when, threshold
                  }));
        }
      }
      return out;
    }
  }

  /** A risk names a control that is neither declared nor written in a step of its process. */
  static final class UnknownControl extends AbstractRule {
    UnknownControl() {
      super("unknown-control", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      Organization org = c.workspace().organization();
      List<Problem> out = new ArrayList<>();
      for (Placed x : risks(p)) {
        for (String name : x.risk().controls()) {
          if (!ControlCoverage.exists(org, p, name)) {
            out.add(
                finding(c, at(p, x.risk()), x.step(), new Object[] {x.risk().name(), name}, name));
          }
        }
      }
      return out;
    }
  }

  /** A declared control without what an internal-control plan needs to follow it up. */
  static final class ControlIncomplete extends AbstractRule {
    ControlIncomplete() {
      super("control-incomplete", Severity.WARNING);
    }

    @Override
    public List<Problem> checkWorkspace(LintContext c) {
      List<Problem> out = new ArrayList<>();
      for (Control k : c.workspace().organization().controls()) {
        List<String> missing = new ArrayList<>();
        if (k.ownerRole().isEmpty()) {
          missing.add(c.text("control.owner"));
        }
        if (k.frequencyStated().isEmpty()) {
          missing.add(c.text("control.frequency"));
        }
        if (!k.hasEvidence()) {
          missing.add(c.text("control.evidence"));
        }
        if (!missing.isEmpty()) {
          out.add(finding(c, k.at(), null, new Object[] {k.name(), String.join(", ", missing)}));
        }
      }
      return out;
    }
  }

  /** The owner of a risk or a declared control is not a declared role. */
  static final class OwnerNotARole extends AbstractRule {
    OwnerNotARole() {
      super("owner-not-a-role", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      Organization org = c.workspace().organization();
      List<Problem> out = new ArrayList<>();
      if (org.roles().isEmpty()) {
        return out;
      }
      for (Placed x : risks(p)) {
        String owner = x.risk().owner();
        if (owner != null && org.role(owner).isEmpty()) {
          out.add(
              finding(
                  c,
                  at(p, x.risk()),
                  x.step(),
                  new Object[] {c.text("owner.risk"), x.risk().name(), owner}));
        }
      }
      return out;
    }

    @Override
    public List<Problem> checkWorkspace(LintContext c) {
      Organization org = c.workspace().organization();
      List<Problem> out = new ArrayList<>();
      if (org.roles().isEmpty()) {
        return out;
      }
      for (Control k : org.controls()) {
        if (k.owner() != null && org.role(k.owner()).isEmpty()) {
          out.add(
              finding(
                  c, k.at(), null, new Object[] {c.text("owner.control"), k.name(), k.owner()}));
        }
      }
      return out;
    }
  }
}
