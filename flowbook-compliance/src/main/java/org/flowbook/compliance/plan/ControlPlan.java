package org.flowbook.compliance.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.compliance.risk.RiskEntry;
import org.flowbook.compliance.risk.RiskRegister;
import org.flowbook.model.Control;
import org.flowbook.model.ControlFrequency;
import org.flowbook.model.ControlMode;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * The internal-control plan (internkontrollplan) for a year, derived from the risk register: for
 * every risk whose assessment before its controls is above the organization's threshold, each of
 * its controls is tested — the controls are what keeps such a risk down, so the plan checks they
 * work. A risk above the threshold with no control is a row of its own, first. See
 * docs/decisions/1106.
 */
public record ControlPlan(int year, int threshold, List<PlanRow> rows) {
  public ControlPlan {
    rows = List.copyOf(rows);
  }

  public static ControlPlan of(Workspace workspace, RiskRegister register, int year) {
    Organization org = workspace.organization();
    List<PlanRow> gaps = new ArrayList<>();
    List<PlanRow> tests = new ArrayList<>();
    for (RiskEntry e : register.entries()) {
      boolean inPlan = e.risk().inherent().value() > register.threshold() || e.aboveThreshold();
      if (!inPlan) {
        continue;
      }
      Process process = workspace.process(e.processId()).orElseThrow();
      if (e.uncontrolled()) {
        gaps.add(
            new PlanRow(
                e,
                "",
                "",
                false,
                e.owner(),
                null,
                "",
                Timing.NOW,
                process.owner(),
                TestMethod.NONE));
        continue;
      }
      for (String name : e.controls()) {
        tests.add(row(org, workspace, process, e, name));
      }
    }
    // The plan is about the risks as assessed before their controls: the worst of those first
    // (a stable sort, so ties keep the register's order).
    java.util.Comparator<PlanRow> worstFirst =
        java.util.Comparator.comparingInt((PlanRow r) -> -r.risk().risk().inherent().value());
    gaps.sort(worstFirst);
    tests.sort(worstFirst);
    List<PlanRow> rows = new ArrayList<>(gaps);
    rows.addAll(tests);
    return new ControlPlan(year, register.threshold(), rows);
  }

  private static PlanRow row(
      Organization org, Workspace workspace, Process process, RiskEntry e, String name) {
    Optional<Control> declared = org.control(name);
    Optional<Step> performing =
        performingStep(process, name).or(() -> performingStep(workspace, name));
    String shown = declared.map(Control::name).orElse(name);
    String responsible =
        declared
            .flatMap(Control::ownerRole)
            .or(() -> performing.map(Step::performer).filter(s -> !s.isEmpty()))
            .orElse(e.owner());
    // A control written in a step runs with every case of it.
    ControlFrequency frequency =
        declared
            .flatMap(Control::frequencyStated)
            .orElse(performing.isPresent() ? ControlFrequency.PER_CASE : null);
    String evidence = declared.map(Control::evidence).orElse("");
    boolean automatic =
        declared.flatMap(Control::modeStated).map(m -> m == ControlMode.AUTOMATIC).orElse(false);
    return new PlanRow(
        e,
        shown,
        declared.map(Control::description).orElse(""),
        declared.isPresent() || performing.isPresent(),
        responsible,
        frequency,
        evidence,
        timing(frequency),
        e.owner(),
        method(automatic, frequency, evidence));
  }

  static Timing timing(ControlFrequency f) {
    return f == null || f == ControlFrequency.YEARLY ? Timing.ONCE_Q4 : Timing.EACH_QUARTER;
  }

  static TestMethod method(boolean automatic, ControlFrequency f, String evidence) {
    if (automatic) {
      return TestMethod.SYSTEM_CHECK;
    }
    if (evidence.isEmpty()) {
      return TestMethod.WALKTHROUGH;
    }
    return f == ControlFrequency.PER_CASE
            || f == ControlFrequency.DAILY
            || f == ControlFrequency.WEEKLY
        ? TestMethod.SAMPLE
        : TestMethod.REVIEW;
  }

  private static Optional<Step> performingStep(Process p, String control) {
    for (Step s : p.steps()) {
      for (ControlRef ref : s.task().controls()) {
        if (ref.name().equalsIgnoreCase(control.strip())) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Step> performingStep(Workspace w, String control) {
    for (Process p : w.inLandscapeOrder()) {
      Optional<Step> s = performingStep(p, control);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  public List<PlanRow> gaps() {
    return rows.stream().filter(PlanRow::isGap).toList();
  }
}
