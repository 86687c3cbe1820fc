package org.flowbook.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flowbook.analysis.AnalysisReport;
import org.flowbook.analysis.ProcessAnalysis;
import org.flowbook.analysis.capacity.CapacityReport;
import org.flowbook.analysis.capacity.RoleUtilization;
import org.flowbook.analysis.capacity.WorkspaceLoad;
import org.flowbook.analysis.metrics.Caveat;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.analysis.metrics.RoleFigures;
import org.flowbook.analysis.metrics.StepFigures;
import org.flowbook.model.Problem;
import org.flowbook.model.Severity;
import org.flowbook.output.LocaleFormat;

/** The analysis as plain text for a terminal or an e-mail: summary first, details after. */
public final class TextReport {
  private static final int WAIT_STEPS_SHOWN = 5;

  private TextReport() {}

  public static String render(AnalysisReport report) {
    LocaleFormat f = LocaleFormat.of(report.language());
    Texts t = new Texts(report.language());
    StringBuilder b = new StringBuilder();
    String org = report.workspace().organization().name();
    b.append(t.get("analysisOf")).append(org.isEmpty() ? "" : ": " + org).append('\n');
    b.append(
            "="
                .repeat(
                    Math.min(
                        78, t.get("analysisOf").length() + (org.isEmpty() ? 0 : org.length() + 2))))
        .append("\n\n");
    if (report.processes().size() > 1) {
      b.append(t.get("metricsOf")).append('\n');
      Table table = new Table(false, true, true, true, true, true);
      table.row(
          t.get("process"),
          t.get("cycleTime"),
          t.get("work"),
          t.get("cost"),
          t.get("handoffs"),
          t.get("problems"));
      for (ProcessAnalysis pa : report.processes()) {
        FlowMetrics m = pa.metrics();
        table.row(
            pa.process().title(),
            f.hours(m.cycleHours()),
            f.effort(m.effortHours()),
            f.money(m.cost(), m.currency()),
            f.number(m.handoffs(), 1),
            counts(pa.problems(), t));
      }
      b.append(table.render("  ")).append('\n');
    }
    report.load().ifPresent(load -> workspaceLoad(b, load, f, t));
    if (!report.workspaceProblems().isEmpty()) {
      b.append(t.get("problems"))
          .append(" — ")
          .append(t.get("workspaceProblems"))
          .append(": ")
          .append(counts(report.workspaceProblems(), t))
          .append('\n');
      problems(b, report.workspaceProblems(), t);
      b.append('\n');
    }
    for (ProcessAnalysis pa : report.processes()) {
      process(b, pa, f, t);
    }
    return b.toString();
  }

  static String counts(List<Problem> problems, Texts t) {
    long e = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    long w = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    long i = problems.size() - e - w;
    return e
        + " "
        + t.get(e == 1 ? "error" : "errors")
        + ", "
        + w
        + " "
        + t.get(w == 1 ? "warning" : "warnings")
        + ", "
        + i
        + " "
        + t.get(i == 1 ? "note" : "notes");
  }

  private static void workspaceLoad(StringBuilder b, WorkspaceLoad load, LocaleFormat f, Texts t) {
    b.append(t.get("load")).append('\n');
    capacityTable(b, load.capacity(), f, t);
    if (!load.withoutVolume().isEmpty()) {
      b.append("  ")
          .append(t.get("withoutVolume"))
          .append(": ")
          .append(String.join(", ", load.withoutVolume()))
          .append('\n');
    }
    b.append('\n');
  }

  static void capacityTable(StringBuilder b, CapacityReport c, LocaleFormat f, Texts t) {
    Table table = new Table(false, true, true, true, true, true, false);
    table.row(
        t.get("role"),
        t.get("people"),
        t.get("demand"),
        t.get("available"),
        t.get("utilization"),
        t.get("queue"),
        t.get("verdict"));
    for (RoleUtilization r : c.roles()) {
      table.row(
          r.role(),
          String.valueOf(r.people()),
          f.number(r.demandHours(), 1),
          f.number(r.availableHours(), 0),
          f.percent(r.utilization()),
          r.queueHours().isPresent() ? f.workingHours(r.queueHours().getAsDouble()) : "∞",
          t.get(r.load().name()));
    }
    b.append(table.render("  "));
    c.bottleneck()
        .ifPresent(
            r ->
                b.append("  ")
                    .append(t.get("bottleneck"))
                    .append(": ")
                    .append(r.role())
                    .append(" (")
                    .append(f.percent(r.utilization()))
                    .append(")\n"));
  }

  private static void process(StringBuilder b, ProcessAnalysis pa, LocaleFormat f, Texts t) {
    FlowMetrics m = pa.metrics();
    String head = pa.process().title() + " (" + pa.process().id() + ")";
    b.append(head).append('\n').append("-".repeat(Math.min(78, head.length()))).append('\n');
    b.append("  ")
        .append(t.get("cycleTime"))
        .append(": ")
        .append(f.hours(m.cycleHours()))
        .append(" (")
        .append(t.get("work").toLowerCase())
        .append(' ')
        .append(f.effort(m.workHours()))
        .append(", ")
        .append(t.get("wait").toLowerCase())
        .append(' ')
        .append(f.hours(m.waitHours()))
        .append(")\n");
    b.append("  ")
        .append(t.get("efficiency"))
        .append(": ")
        .append(f.percent(m.flowEfficiency()))
        .append('\n');
    b.append("  ")
        .append(t.get("effort"))
        .append(": ")
        .append(f.effort(m.effortHours()))
        .append('\n');
    b.append("  ")
        .append(t.get("cost"))
        .append(": ")
        .append(f.money(m.cost(), m.currency()))
        .append('\n');
    if (!m.unpricedRoles().isEmpty()) {
      b.append("    ")
          .append(t.get("unpriced"))
          .append(": ")
          .append(String.join(", ", m.unpricedRoles()))
          .append('\n');
    }
    b.append("  ")
        .append(t.get("workSteps"))
        .append(": ")
        .append(m.workSteps())
        .append(", ")
        .append(t.get("roles").toLowerCase())
        .append(": ")
        .append(m.roles())
        .append(", ")
        .append(t.get("handoffs").toLowerCase())
        .append(": ")
        .append(f.number(m.handoffs(), 1))
        .append('\n');
    List<String> path = new ArrayList<>();
    for (String id : m.criticalPath()) {
      pa.process().step(id).filter(s -> s.isWork()).ifPresent(s -> path.add(s.id()));
    }
    b.append("  ")
        .append(t.get("criticalPath"))
        .append(": ")
        .append(String.join(" → ", path))
        .append(" (")
        .append(f.hours(m.criticalPathHours()))
        .append(")\n");
    for (Caveat c : m.caveats()) {
      b.append("  ").append(t.get("caveats")).append(": ").append(Caveats.text(c, t)).append('\n');
    }
    List<StepFigures> waits = new ArrayList<>(m.steps());
    waits.removeIf(s -> s.expectedWait() <= 0);
    waits.sort(Comparator.comparingDouble(StepFigures::expectedWait).reversed());
    if (!waits.isEmpty()) {
      b.append("\n  ").append(t.get("whereTimeGoes")).append('\n');
      Table table = new Table(false, false, true, true, true);
      table.row(t.get("step"), t.get("role"), t.get("visits"), t.get("waitPerCase"), t.get("work"));
      for (StepFigures s : waits.subList(0, Math.min(WAIT_STEPS_SHOWN, waits.size()))) {
        table.row(
            s.id() + ". " + s.title(),
            s.role(),
            f.number(s.visits(), 2),
            f.hours(s.expectedWait()),
            f.effort(s.expectedWork()));
      }
      b.append(table.render("    "));
    }
    b.append("\n  ").append(t.get("workPerRole")).append('\n');
    Table roles = new Table(false, true, true, true);
    roles.row(t.get("role"), t.get("tasks"), t.get("work"), t.get("cost"));
    for (RoleFigures r : m.roleFigures()) {
      roles.row(
          r.role().isEmpty() ? "–" : r.role(),
          f.number(r.tasks(), 2),
          f.effort(r.workHours()),
          f.money(r.cost(), m.currency()));
    }
    b.append(roles.render("    "));
    b.append("\n  ").append(t.get("capacity"));
    if (pa.capacity().isPresent()) {
      b.append(" (")
          .append(f.number(pa.volume().orElse(0.0), 0))
          .append(' ')
          .append(t.get("perMonth"))
          .append(")\n");
      StringBuilder c = new StringBuilder();
      capacityTable(c, pa.capacity().get(), f, t);
      c.toString().lines().forEach(l -> b.append("  ").append(l).append('\n'));
    } else {
      b.append(": ").append(t.get("noVolume")).append('\n');
    }
    b.append("\n  ")
        .append(t.get("problems"))
        .append(": ")
        .append(counts(pa.problems(), t))
        .append('\n');
    problems(b, pa.problems(), t);
    b.append('\n');
  }

  private static void problems(StringBuilder b, List<Problem> problems, Texts t) {
    for (Findings.Group g : Findings.notes(problems)) {
      for (String line : Findings.lines(g, problems, t)) {
        b.append("    info[").append(g.code()).append("]: ").append(line).append('\n');
      }
      if (!g.hint().isEmpty()) {
        b.append("      = ").append(g.hint()).append('\n');
      }
    }
    for (Problem p : Findings.serious(problems)) {
      b.append("    ").append(p.headline()).append('\n');
      if (!p.hint().isEmpty()) {
        b.append("      = ").append(p.hint()).append('\n');
      }
    }
  }
}
