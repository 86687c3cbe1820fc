package org.flowbook.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flowbook.analysis.AnalysisReport;
import org.flowbook.analysis.ProcessAnalysis;
import org.flowbook.analysis.capacity.CapacityReport;
import org.flowbook.analysis.capacity.RoleUtilization;
import org.flowbook.analysis.diff.ChangeMarks;
import org.flowbook.analysis.diff.ProcessDiff;
import org.flowbook.analysis.metrics.Caveat;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.analysis.metrics.RoleFigures;
import org.flowbook.analysis.metrics.StepFigures;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.chart.Bar;
import org.flowbook.diagram.chart.BarChart;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.output.Escape;
import org.flowbook.output.LocaleFormat;
import org.flowbook.output.SvgInline;

/**
 * The analysis and the change impact as one self-contained HTML page: the flowchart with waiting
 * time per step as a heat overlay, the figures, capacity with utilization bars, bar charts and the
 * findings of the documentation check. No scripts, no external files.
 */
public final class HtmlReport {
  private static final int WAIT_BARS = 10;

  /** The waiting bars are orange, like the waiting heat on the flowchart. */
  private static final String WAIT_COLOR = "#d9822b";

  private HtmlReport() {}

  public static String render(AnalysisReport r) {
    Language lang = r.language();
    LocaleFormat f = LocaleFormat.of(lang);
    Texts t = new Texts(lang);
    String org = r.workspace().organization().name();
    String title = t.get("analysisOf") + (org.isEmpty() ? "" : ": " + org);
    StringBuilder b = new StringBuilder(Html.begin(title, lang.code()));
    b.append("<h1>")
        .append(Escape.text(title))
        .append("</h1>\n<p class=\"sub\">")
        .append(r.processes().size())
        .append(' ')
        .append(Escape.text(t.get("processes").toLowerCase()))
        .append(" · ")
        .append(Escape.text(TextReport.counts(r.allProblems(), t)))
        .append("</p>\n");
    if (r.processes().size() > 1) {
      b.append("<h2>").append(Escape.text(t.get("metricsOf"))).append("</h2>\n");
      List<List<String>> rows = new ArrayList<>();
      for (ProcessAnalysis pa : r.processes()) {
        FlowMetrics m = pa.metrics();
        rows.add(
            List.of(
                Html.raw(
                    "<a href=\"#p-"
                        + Escape.attribute(pa.process().id())
                        + "\">"
                        + Escape.text(pa.process().title())
                        + "</a>"),
                f.hours(m.cycleHours()),
                f.percent(m.flowEfficiency()),
                f.money(m.cost(), m.currency()),
                f.number(m.handoffs(), 1),
                TextReport.counts(pa.problems(), t)));
      }
      Html.table(
          b,
          List.of(
              t.get("process"),
              t.get("cycleTime"),
              t.get("efficiency"),
              t.get("cost"),
              t.get("handoffs"),
              t.get("problems")),
          rows,
          new boolean[] {false, true, true, true, true, false});
    }
    r.load()
        .ifPresent(
            load -> {
              b.append("<h2>").append(Escape.text(t.get("load"))).append("</h2>\n");
              capacity(b, load.capacity(), f, t);
              if (!load.withoutVolume().isEmpty()) {
                b.append("<p class=\"note\">")
                    .append(
                        Escape.text(
                            t.get("withoutVolume")
                                + ": "
                                + String.join(", ", load.withoutVolume())))
                    .append("</p>\n");
              }
            });
    if (!r.workspaceProblems().isEmpty()) {
      b.append("<h2>")
          .append(Escape.text(t.get("problems") + " — " + t.get("workspaceProblems")))
          .append("</h2>\n");
      problems(b, r.workspaceProblems(), t);
    }
    for (ProcessAnalysis pa : r.processes()) {
      process(b, pa, lang, f, t);
    }
    b.append(Html.end(t.get("generated")));
    return b.toString();
  }

  private static void process(
      StringBuilder b, ProcessAnalysis pa, Language lang, LocaleFormat f, Texts t) {
    FlowMetrics m = pa.metrics();
    Process p = pa.process();
    b.append("<h2 id=\"p-")
        .append(Escape.text(p.id()))
        .append("\">")
        .append(Escape.text(p.title()))
        .append("</h2>\n");
    if (!p.purpose().isEmpty()) {
      b.append("<p class=\"sub\">").append(Escape.text(p.purpose())).append("</p>\n");
    }
    b.append("<div class=\"cards\">");
    Html.card(b, t.get("cycleTime"), f.hours(m.cycleHours()));
    Html.card(b, t.get("work"), f.effort(m.workHours()));
    Html.card(b, t.get("wait"), f.hours(m.waitHours()));
    Html.card(b, t.get("efficiency"), f.percent(m.flowEfficiency()));
    Html.card(b, t.get("cost"), f.money(m.cost(), m.currency()));
    Html.card(b, t.get("handoffs"), f.number(m.handoffs(), 1));
    pa.capacity()
        .flatMap(CapacityReport::bottleneck)
        .ifPresent(
            x -> Html.card(b, t.get("bottleneck"), x.role() + " " + f.percent(x.utilization())));
    b.append("</div>\n");
    for (Caveat c : m.caveats()) {
      b.append("<p class=\"note\">")
          .append(Escape.text(t.get("caveats") + ": " + Caveats.text(c, t)))
          .append("</p>\n");
    }
    b.append("<h3>").append(Escape.text(t.get("flowchart"))).append("</h3>\n");
    b.append(flowchart(p, heat(m, f, t), lang));
    List<StepFigures> waits = new ArrayList<>(m.steps());
    waits.removeIf(s -> s.expectedWait() <= 0);
    waits.sort(Comparator.comparingDouble(StepFigures::expectedWait).reversed());
    if (!waits.isEmpty()) {
      b.append("<h3>")
          .append(Escape.text(t.get("whereTimeGoes")))
          .append("</h3>\n<div class=\"chart\">");
      List<Bar> bars = new ArrayList<>();
      for (StepFigures s : waits.subList(0, Math.min(WAIT_BARS, waits.size()))) {
        bars.add(new Bar(s.id() + ". " + s.title(), s.expectedWait(), f.hours(s.expectedWait())));
      }
      String chart = BarChart.svg(t.get("whereTimeGoes"), bars, WAIT_COLOR, false);
      b.append(SvgInline.element(chart)).append("</div>\n");
    }
    List<String> path = new ArrayList<>();
    for (String id : m.criticalPath()) {
      p.step(id).filter(s -> s.isWork()).ifPresent(s -> path.add(s.id() + ". " + s.title()));
    }
    b.append("<p><b>")
        .append(Escape.text(t.get("criticalPath")))
        .append(":</b> ")
        .append(Escape.text(String.join(" → ", path)))
        .append(" (")
        .append(Escape.text(f.hours(m.criticalPathHours())))
        .append(")</p>\n");
    b.append("<h3>").append(Escape.text(t.get("workPerRole"))).append("</h3>\n");
    List<List<String>> rows = new ArrayList<>();
    for (RoleFigures r : m.roleFigures()) {
      rows.add(
          List.of(
              r.role().isEmpty() ? "–" : r.role(),
              f.number(r.tasks(), 2),
              f.effort(r.workHours()),
              f.money(r.cost(), m.currency())));
    }
    Html.table(
        b,
        List.of(t.get("role"), t.get("tasks"), t.get("work"), t.get("cost")),
        rows,
        new boolean[] {false, true, true, true});
    b.append("<h3>").append(Escape.text(t.get("capacity")));
    if (pa.capacity().isPresent()) {
      b.append(" (")
          .append(Escape.text(f.number(pa.volume().orElse(0.0), 0) + " " + t.get("perMonth")))
          .append(")</h3>\n");
      capacity(b, pa.capacity().get(), f, t);
    } else {
      b.append("</h3>\n<p class=\"note\">").append(Escape.text(t.get("noVolume"))).append("</p>\n");
    }
    b.append("<h3>")
        .append(Escape.text(t.get("problems") + ": " + TextReport.counts(pa.problems(), t)))
        .append("</h3>\n");
    problems(b, pa.problems(), t);
  }

  /** Waiting time per case as heat (darkest = the longest wait) and a badge per waiting step. */
  static Overlay heat(FlowMetrics m, LocaleFormat f, Texts t) {
    double max = m.steps().stream().mapToDouble(StepFigures::expectedWait).max().orElse(0);
    Overlay.Builder o = Overlay.builder().title(t.get("waitHeat"));
    if (max <= 0) {
      return o.build();
    }
    o.heatScale("0", f.hours(max));
    for (StepFigures s : m.steps()) {
      if (s.expectedWait() > 0) {
        o.step(
            s.id(),
            new Mark(
                Math.min(1, s.expectedWait() / max),
                f.hours(s.expectedWait()),
                ChangeState.UNCHANGED));
      }
    }
    return o.build();
  }

  /** The flowchart as inline SVG, or a note when it cannot be drawn (the report still renders). */
  static String flowchart(Process p, Overlay overlay, Language lang) {
    try {
      String svg =
          Diagrams.flowchart(
              p, RenderOptions.defaults().withLanguage(lang).withOverlay(overlay).withTitle(false));
      return "<div class=\"chart\">" + SvgInline.element(svg) + "</div>\n";
    } catch (RuntimeException e) {
      return "<p class=\"note\">(" + Escape.text(e.getClass().getSimpleName()) + ")</p>\n";
    }
  }

  static void capacity(StringBuilder b, CapacityReport c, LocaleFormat f, Texts t) {
    List<List<String>> rows = new ArrayList<>();
    for (RoleUtilization r : c.roles()) {
      String verdict = t.get(r.load().name());
      String cls =
          switch (r.load()) {
            case OVERLOADED -> "verdict-over";
            case HIGH -> "verdict-high";
            case OK -> "";
          };
      rows.add(
          List.of(
              r.role(),
              String.valueOf(r.people()),
              f.number(r.demandHours(), 1),
              f.number(r.availableHours(), 0),
              Html.bar(r.utilization(), f.percent(r.utilization())),
              r.queueHours().isPresent() ? f.workingHours(r.queueHours().getAsDouble()) : "∞",
              Html.raw("<span class=\"" + cls + "\">" + Escape.text(verdict) + "</span>")));
    }
    Html.table(
        b,
        List.of(
            t.get("role"),
            t.get("people"),
            t.get("demand"),
            t.get("available"),
            t.get("utilization"),
            t.get("queue"),
            t.get("verdict")),
        rows,
        new boolean[] {false, true, true, true, false, true, false});
  }

  static void problems(StringBuilder b, List<Problem> problems, Texts t) {
    if (problems.isEmpty()) {
      b.append("<p class=\"note\">").append(Escape.text(t.get("noProblems"))).append("</p>\n");
      return;
    }
    b.append("<ul class=\"problems\">\n");
    for (Findings.Group g : Findings.notes(problems)) {
      b.append("<li><span class=\"sev info\">info</span> ")
          .append(Escape.text(String.join(" · ", Findings.lines(g, problems, t))))
          .append(" <span class=\"loc\">[")
          .append(Escape.text(g.code()))
          .append("]</span>");
      if (!g.hint().isEmpty()) {
        b.append("<div class=\"hint\">").append(Escape.text(g.hint())).append("</div>");
      }
      b.append("</li>\n");
    }
    for (Problem p : Findings.serious(problems)) {
      String sev = p.severity().word();
      b.append("<li><span class=\"sev ")
          .append(sev)
          .append("\">")
          .append(sev)
          .append("</span> ")
          .append(Escape.text(p.message()))
          .append(" <span class=\"loc\">")
          .append(Escape.text(p.location().toString()))
          .append(" [")
          .append(Escape.text(p.code()))
          .append("]</span>");
      if (!p.hint().isEmpty()) {
        b.append("<div class=\"hint\">").append(Escape.text(p.hint())).append("</div>");
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n");
  }

  public static String render(ProcessDiff d, Language lang) {
    LocaleFormat f = LocaleFormat.of(lang);
    Texts t = new Texts(lang);
    String title = t.get("changeImpact") + ": " + d.after().title();
    StringBuilder b = new StringBuilder(Html.begin(title, lang.code()));
    b.append("<h1>").append(Escape.text(title)).append("</h1>\n");
    b.append("<h2>").append(Escape.text(t.get("summary"))).append("</h2>\n<div class=\"summary\">");
    for (String s : ImpactSummary.sentences(d, lang)) {
      b.append("<p>").append(Escape.text(s)).append("</p>");
    }
    b.append("</div>\n");
    if (!d.isEmpty()) {
      b.append("<h2>").append(Escape.text(t.get("metrics"))).append("</h2>\n");
      List<List<String>> rows = new ArrayList<>();
      for (String[] row : DiffReport.figures(d, f, t)) {
        rows.add(List.of(row));
      }
      Html.table(
          b,
          List.of("", t.get("before"), t.get("after"), t.get("change")),
          rows,
          new boolean[] {false, true, true, true});
    }
    ChangeMarks marks = ChangeMarks.of(d.steps());
    b.append("<h2>")
        .append(Escape.text(t.get("before")))
        .append("</h2>\n")
        .append(flowchart(d.before(), marks.before(), lang));
    b.append("<h2>")
        .append(Escape.text(t.get("after")))
        .append("</h2>\n")
        .append(flowchart(d.after(), marks.after(), lang));
    DiffHtml.changes(b, d, f, t);
    b.append(Html.end(t.get("generated")));
    return b.toString();
  }
}
