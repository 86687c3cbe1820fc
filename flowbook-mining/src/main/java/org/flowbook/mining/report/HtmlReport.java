package org.flowbook.mining.report;

import static org.flowbook.mining.report.Html.esc;

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
import org.flowbook.model.Problem;

/**
 * The mining report as one self-contained HTML page (inline CSS, no scripts, no external
 * resources), to open in a browser or mail to a manager.
 */
public final class HtmlReport {
  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
      max-width:72rem;padding:0 1rem;color:#1d2530;line-height:1.45}
      h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #e3e8ef;
      padding-bottom:.3rem}h3{font-size:1.05rem;margin-top:1.4rem}.sub{color:#5b6675;margin-top:0}
      .cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1.2rem 0}.card{background:#f4f7fb;
      border-radius:.5rem;padding:.7rem 1rem;min-width:9rem}.card b{display:block;font-size:1.4rem}
      .card span{color:#5b6675;font-size:.85rem}table{border-collapse:collapse;width:100%;
      font-size:.9rem;margin:.5rem 0}th,td{padding:.35rem .5rem;border-bottom:1px solid #e3e8ef;
      text-align:left;vertical-align:top}th{background:#f4f7fb;font-weight:600}td.n,th.n{
      text-align:right;white-space:nowrap}.bar{background:#dbe6f5;height:.7rem;border-radius:.2rem}
      .bar i{display:block;height:100%;background:#3b73c4;border-radius:.2rem}.path{font-size:.85rem}
      .warn{color:#8a4b00}.chart{margin:.8rem calc(50% - 50vw + 1.5rem);
      overflow-x:auto}.chart svg{display:block;margin:0 auto;max-width:100%;height:auto;
      box-sizing:border-box;border:1px solid #e3e8ef}footer{margin-top:3rem;color:#8692a3;font-size:.8rem}
      """;

  private HtmlReport() {}

  public static String render(MiningReport r) {
    StringBuilder h = new StringBuilder(32 * 1024);
    LogSummary s = r.summary();
    DurationStats d = r.caseDurations();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Process mining: ")
        .append(esc(r.source()))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>Process mining report</h1>\n<p class=\"sub\">")
        .append(esc(r.source()))
        .append(" · ")
        .append(Human.minute(s.first()))
        .append(" – ")
        .append(Human.minute(s.last()))
        .append(r.wallClock() ? " (wall-clock time)" : " UTC")
        .append("</p>\n<div class=\"cards\">\n");
    card(h, Human.count(s.cases()), "cases");
    card(h, Human.count(s.events()), "events");
    card(h, Human.count(s.activities()), "activities");
    card(h, Human.duration(d.median()), "median case duration");
    card(h, Human.duration(d.p90()), "90 % of cases within");
    card(h, Human.count(r.variants().count()), "variants");
    card(h, Human.share(r.rework().share()), "cases with rework");
    h.append("</div>\n");

    h.append("<h2>Most common variants</h2>\n<p>")
        .append(Human.count(r.variants().count()))
        .append(" distinct paths; ")
        .append(Human.count(r.variants().singletons()))
        .append(" of them were followed by a single case.</p>\n")
        .append("<table>\n<tr><th class=\"n\">#</th><th class=\"n\">cases</th><th>share</th>")
        .append(
            "<th class=\"n\">cumulative</th><th class=\"n\">median duration</th><th>path</th></tr>\n");
    for (Variant v : r.variants().top()) {
      h.append("<tr><td class=\"n\">")
          .append(v.rank())
          .append("</td><td class=\"n\">")
          .append(Human.count(v.cases()))
          .append("</td><td style=\"min-width:8rem\">")
          .append(bar(v.share()))
          .append(Human.share(v.share()))
          .append("</td><td class=\"n\">")
          .append(Human.share(v.coverage()))
          .append("</td><td class=\"n\">")
          .append(Human.duration(v.duration().median()))
          .append("</td><td class=\"path\">")
          .append(esc(String.join(" → ", v.activities())))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Bottlenecks: where cases wait</h2>\n");
    bottlenecks(
        h,
        "Transitions by total waiting time — where the most time goes",
        r.bottlenecks().transitionsByTotal());
    bottlenecks(
        h,
        "Transitions by mean waiting time — where a single case waits longest",
        r.bottlenecks().transitionsByMean());
    bottlenecks(
        h, "Activities by total waiting time before them", r.bottlenecks().activitiesByTotal());

    if (!r.processing().isEmpty()) {
      h.append("<h2>Processing time</h2>\n<p>From the start to the completion of one execution")
          .append(" of an activity (the log records both).</p>\n<table>\n<tr><th></th>")
          .append("<th class=\"n\">count</th><th class=\"n\">total</th><th class=\"n\">mean</th>")
          .append("<th class=\"n\">median</th><th class=\"n\">p90</th></tr>\n");
      for (ProcessingTime p : r.processing()) {
        DurationStats w = p.processing();
        h.append("<tr><td>")
            .append(esc(p.activity()))
            .append("</td><td class=\"n\">")
            .append(Human.count(w.count()))
            .append("</td><td class=\"n\">")
            .append(Human.duration(w.total()))
            .append("</td><td class=\"n\">")
            .append(meanMedianP90(w))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    h.append("<h2>Rework</h2>\n<p>")
        .append(Human.count(r.rework().cases()))
        .append(" cases (")
        .append(Human.share(r.rework().share()))
        .append(") repeat at least one activity.</p>\n");
    if (!r.rework().activities().isEmpty()) {
      h.append("<table>\n<tr><th>activity</th><th class=\"n\">cases</th>")
          .append("<th class=\"n\">repetitions</th></tr>\n");
      for (ReworkActivity a : r.rework().activities()) {
        h.append("<tr><td>")
            .append(esc(a.activity()))
            .append("</td><td class=\"n\">")
            .append(Human.count(a.cases()))
            .append("</td><td class=\"n\">")
            .append(Human.count(a.repetitions()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    if (r.resources().resources() > 0) {
      h.append("<h2>Resources</h2>\n<p>")
          .append(Human.count(r.resources().resources()))
          .append(" resources; work changed hands ")
          .append(Human.count(r.resources().handovers()))
          .append(" times.</p>\n<h3>Busiest</h3>\n<table>\n<tr><th>resource</th>")
          .append("<th class=\"n\">events</th><th class=\"n\">cases</th>")
          .append("<th class=\"n\">activities</th></tr>\n");
      for (ResourceLoad l : r.resources().workload()) {
        h.append("<tr><td>")
            .append(esc(l.resource()))
            .append("</td><td class=\"n\">")
            .append(Human.count(l.events()))
            .append("</td><td class=\"n\">")
            .append(Human.count(l.cases()))
            .append("</td><td class=\"n\">")
            .append(l.activities())
            .append("</td></tr>\n");
      }
      h.append("</table>\n<h3>Most frequent handovers of work</h3>\n<table>\n")
          .append("<tr><th>from</th><th>to</th><th class=\"n\">count</th></tr>\n");
      for (Handover x : r.resources().topHandovers()) {
        h.append("<tr><td>")
            .append(esc(x.from()))
            .append("</td><td>")
            .append(esc(x.to()))
            .append("</td><td class=\"n\">")
            .append(Human.count(x.count()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    for (ReportSection section : r.sections()) {
      h.append("<h2>").append(esc(section.title())).append("</h2>\n").append(section.html());
    }
    if (!r.problems().isEmpty()) {
      h.append("<h2>Input problems</h2>\n<ul class=\"warn\">\n");
      for (Problem p : r.problems()) {
        h.append("<li>").append(esc(p.headline())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("<footer>Made by Flowbook. Waiting time of a transition a → b = time between the")
        .append(" two consecutive events; case duration = first to last event.</footer>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private static void card(StringBuilder h, String value, String label) {
    h.append("<div class=\"card\"><b>")
        .append(esc(value))
        .append("</b><span>")
        .append(esc(label))
        .append("</span></div>\n");
  }

  private static String bar(double fraction) {
    return "<div class=\"bar\"><i style=\"width:"
        + String.format(java.util.Locale.ROOT, "%.1f", Math.max(0.5, fraction * 100))
        + "%\"></i></div>";
  }

  private static void bottlenecks(StringBuilder h, String title, List<Bottleneck> list) {
    if (list.isEmpty()) {
      return;
    }
    long max = Math.max(1, list.stream().mapToLong(b -> b.waiting().total()).max().orElse(1));
    h.append("<h3>")
        .append(esc(title))
        .append("</h3>\n<table>\n<tr><th></th><th class=\"n\">count</th><th>total</th>")
        .append(
            "<th class=\"n\">mean</th><th class=\"n\">median</th><th class=\"n\">p90</th></tr>\n");
    for (Bottleneck b : list) {
      DurationStats w = b.waiting();
      h.append("<tr><td>")
          .append(esc(b.isTransition() ? b.from() + " → " + b.to() : b.to()))
          .append("</td><td class=\"n\">")
          .append(Human.count(w.count()))
          .append("</td><td style=\"min-width:8rem\">")
          .append(bar((double) w.total() / max))
          .append(Human.duration(w.total()))
          .append("</td><td class=\"n\">")
          .append(meanMedianP90(w))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** The mean, median and p90 cells every duration table shows, in that order. */
  private static String meanMedianP90(DurationStats w) {
    return Human.duration(w.mean())
        + "</td><td class=\"n\">"
        + Human.duration(w.median())
        + "</td><td class=\"n\">"
        + Human.duration(w.p90());
  }
}
