package org.flowbook.mining.report;

import java.util.List;
import org.flowbook.mining.analysis.Bottleneck;
import org.flowbook.mining.analysis.DurationStats;
import org.flowbook.mining.analysis.Handover;
import org.flowbook.mining.analysis.LogSummary;
import org.flowbook.mining.analysis.MiningReport;
import org.flowbook.mining.analysis.ProcessingTime;
import org.flowbook.mining.analysis.ReportSection;
import org.flowbook.mining.analysis.ResourceLoad;
import org.flowbook.mining.analysis.ReworkActivity;
import org.flowbook.mining.analysis.Variant;

/**
 * The mining report as plain text for a terminal: the size of the log, case durations, the top
 * variants, where cases wait, rework and who does the work — readable by a manager.
 */
public final class TextReport {
  private static final int WIDTH = 44;

  private TextReport() {}

  public static String render(MiningReport r) {
    StringBuilder out = new StringBuilder();
    LogSummary s = r.summary();
    out.append(r.source())
        .append(": ")
        .append(Human.count(s.cases()))
        .append(" cases, ")
        .append(Human.count(s.events()))
        .append(" events, ")
        .append(Human.count(s.activities()))
        .append(" activities, ")
        .append(Human.count(s.resources()))
        .append(" resources\n");
    out.append("Period: ")
        .append(Human.minute(s.first()))
        .append(" – ")
        .append(Human.minute(s.last()))
        .append(r.wallClock() ? " (wall-clock time)" : " UTC")
        .append(", ")
        .append(Human.duration(s.span()))
        .append('\n');
    DurationStats d = r.caseDurations();
    out.append("Case duration: median ")
        .append(Human.duration(d.median()))
        .append(", mean ")
        .append(Human.duration(d.mean()))
        .append(", 90 % of cases within ")
        .append(Human.duration(d.p90()))
        .append(" (shortest ")
        .append(Human.duration(d.min()))
        .append(", longest ")
        .append(Human.duration(d.max()))
        .append(")\n");
    if (r.skipped() > 0) {
      out.append("Skipped: ").append(Human.count(r.skipped())).append(" bad rows or events\n");
    }

    out.append("\nMost common variants (")
        .append(Human.count(r.variants().count()))
        .append(" in all, ")
        .append(Human.count(r.variants().singletons()))
        .append(" followed by a single case)\n");
    out.append(
        String.format(
            "%4s %8s %8s %8s %10s  %s%n", "#", "cases", "share", "cumul.", "median", "path"));
    for (Variant v : r.variants().top()) {
      out.append(
          String.format(
              "%4d %8s %8s %8s %10s  %s%n",
              v.rank(),
              Human.count(v.cases()),
              Human.share(v.share()),
              Human.share(v.coverage()),
              Human.duration(v.duration().median()),
              Human.path(v.activities(), 150)));
    }

    out.append("\nBottlenecks: where cases wait\n");
    if (s.lifecycles().size() > 1) {
      out.append("  (the log records lifecycle transitions ")
          .append(String.join("/", s.lifecycles()))
          .append(": a transition from an activity to itself includes its processing time)\n");
    }
    transitions(
        out,
        "Transitions by total waiting time (where the most time goes)",
        r.bottlenecks().transitionsByTotal());
    transitions(
        out,
        "Transitions by mean waiting time (where one case waits longest)",
        r.bottlenecks().transitionsByMean());
    transitions(
        out, "Activities by waiting time before them (total)", r.bottlenecks().activitiesByTotal());

    if (!r.processing().isEmpty()) {
      out.append("\nProcessing time (start → complete of one execution)\n");
      out.append(
          String.format(
              "    %-" + WIDTH + "s %8s %10s %10s %10s %10s%n",
              "",
              "count",
              "total",
              "mean",
              "median",
              "p90"));
      for (ProcessingTime p : r.processing()) {
        DurationStats w = p.processing();
        out.append(
            String.format(
                "    %-" + WIDTH + "s %8s %10s %10s %10s %10s%n",
                Human.cut(p.activity(), WIDTH),
                Human.count(w.count()),
                Human.duration(w.total()),
                Human.duration(w.mean()),
                Human.duration(w.median()),
                Human.duration(w.p90())));
      }
    }

    out.append("\nRework: ")
        .append(Human.count(r.rework().cases()))
        .append(" cases (")
        .append(Human.share(r.rework().share()))
        .append(") repeat an activity\n");
    if (!r.rework().activities().isEmpty()) {
      out.append(
          String.format("  %-" + WIDTH + "s %8s %12s%n", "activity", "cases", "repetitions"));
      for (ReworkActivity a : r.rework().activities()) {
        out.append(
            String.format(
                "  %-" + WIDTH + "s %8s %12s%n",
                Human.cut(a.activity(), WIDTH),
                Human.count(a.cases()),
                Human.count(a.repetitions())));
      }
    }

    if (r.resources().resources() > 0) {
      out.append("\nResources: ")
          .append(Human.count(r.resources().resources()))
          .append(", ")
          .append(Human.count(r.resources().handovers()))
          .append(" handovers of work\n");
      out.append(
          String.format(
              "  %-" + WIDTH + "s %8s %8s %11s%n", "busiest", "events", "cases", "activities"));
      for (ResourceLoad l : r.resources().workload()) {
        out.append(
            String.format(
                "  %-" + WIDTH + "s %8s %8s %11d%n",
                Human.cut(l.resource(), WIDTH),
                Human.count(l.events()),
                Human.count(l.cases()),
                l.activities()));
      }
      out.append(String.format("  %-" + WIDTH + "s %8s%n", "most frequent handovers", "count"));
      for (Handover h : r.resources().topHandovers()) {
        out.append(
            String.format(
                "  %-" + WIDTH + "s %8s%n",
                Human.cut(h.from() + " → " + h.to(), WIDTH),
                Human.count(h.count())));
      }
    }
    for (ReportSection section : r.sections()) {
      out.append('\n').append(section.title()).append('\n').append(section.text());
      if (!section.text().endsWith("\n")) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void transitions(StringBuilder out, String title, List<Bottleneck> list) {
    if (list.isEmpty()) {
      return;
    }
    out.append("  ").append(title).append('\n');
    out.append(
        String.format(
            "    %-" + WIDTH + "s %8s %10s %10s %10s %10s%n",
            "",
            "count",
            "total",
            "mean",
            "median",
            "p90"));
    for (Bottleneck b : list) {
      String name = b.isTransition() ? b.from() + " → " + b.to() : b.to();
      DurationStats w = b.waiting();
      out.append(
          String.format(
              "    %-" + WIDTH + "s %8s %10s %10s %10s %10s%n",
              Human.cut(name, WIDTH),
              Human.count(w.count()),
              Human.duration(w.total()),
              Human.duration(w.mean()),
              Human.duration(w.median()),
              Human.duration(w.p90())));
    }
  }
}
