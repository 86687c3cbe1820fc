package org.flowbook.analysis.lint;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Severity;
import org.flowbook.model.Step;

/** Who does and who answers for each step (RACI). */
final class RaciRules {
  private RaciRules() {}

  static List<Rule> all() {
    return List.of(new NoPerformer(), new AccountableMissing(), new AccountableMany());
  }

  /** Steps that are work: activities, calls, and decisions that carry work. */
  static boolean isTask(Step s) {
    return s.isWork()
        && !(s instanceof Decision d && !d.task().hasPerformer() && d.task().workTime().isZero());
  }

  /** An activity nobody is named to do (a call step is done by the called process's roles). */
  static final class NoPerformer extends AbstractRule {
    NoPerformer() {
      super("no-performer", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      List<Problem> out = new ArrayList<>();
      for (Step s : p.steps()) {
        if (s instanceof Activity && !s.task().hasPerformer()) {
          out.add(
              finding(
                  c,
                  c.at(p, s.id(), Part.STEP, 0),
                  s.id(),
                  new Object[] {s.id(), s.title()},
                  s.id(),
                  s.title()));
        }
      }
      return out;
    }
  }

  /** A task without an Accountable: the performer then answers alone, which is often not meant. */
  static final class AccountableMissing extends AbstractRule {
    AccountableMissing() {
      super("accountable-missing", Severity.INFO);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      List<Problem> out = new ArrayList<>();
      for (Step s : p.steps()) {
        if (isTask(s) && s.task().hasPerformer() && s.task().accountable().isEmpty()) {
          out.add(
              finding(c, c.at(p, s.id(), Part.STEP, 0), s.id(), new Object[] {s.id(), s.title()}));
        }
      }
      return out;
    }
  }

  /** More than one Accountable: when everyone answers, no one does. */
  static final class AccountableMany extends AbstractRule {
    AccountableMany() {
      super("accountable-many", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      List<Problem> out = new ArrayList<>();
      for (Step s : p.steps()) {
        List<String> a = s.task().accountable();
        if (a.size() > 1) {
          out.add(
              finding(
                  c,
                  c.at(p, s.id(), Part.ACCOUNTABLE, 1),
                  s.id(),
                  new Object[] {s.id(), a.size(), String.join(", ", a)}));
        }
      }
      return out;
    }
  }
}
