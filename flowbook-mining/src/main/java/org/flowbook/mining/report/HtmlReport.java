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
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.output.Escape;
import org.flowbook.output.TextBundle;

/**
 * The mining report as one self-contained HTML page (inline CSS, no scripts, no external
 * resources), to open in a browser or mail to a manager; in English or Swedish.
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

  private final Human human;
  private final TextBundle texts;
  private final StringBuilder h = new StringBuilder(32 * 1024);

  private HtmlReport(Language language) {
    this.human = Human.of(language);
    this.texts = human.texts();
  }

  /** The report in English. */
  public static String render(MiningReport r) {
    return render(r, Language.EN);
  }

  public static String render(MiningReport r, Language language) {
    HtmlReport page = new HtmlReport(language);
    page.head(r, language);
    page.variants(r);
    page.bottlenecks(r);
    page.processing(r);
    page.rework(r);
    page.resources(r);
    StringBuilder h = page.h;
    for (ReportSection section : r.sections()) {
      h.append("<h2>")
          .append(Escape.text(section.title(language)))
          .append("</h2>\n")
          .append(section.html(language));
    }
    if (!r.problems().isEmpty()) {
      h.append("<h2>").append(Escape.text(page.texts.get("problems.heading"))).append("</h2>\n");
      h.append("<ul class=\"warn\">\n");
      for (Problem p : r.problems()) {
        h.append("<li>").append(Escape.text(p.headline())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("<footer>")
        .append(Escape.text(page.texts.get("footer")))
        .append("</footer>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private void head(MiningReport r, Language language) {
    LogSummary s = r.summary();
    DurationStats d = r.caseDurations();
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.code())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Escape.text(texts.format("report.title", r.source())))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>")
        .append(Escape.text(texts.get("report.heading")))
        .append("</h1>\n<p class=\"sub\">")
        .append(Escape.text(r.source()))
        .append(" · ")
        .append(Human.minute(s.first()))
        .append(" – ")
        .append(Human.minute(s.last()))
        .append(' ')
        .append(Escape.text(texts.get(r.wallClock() ? "period.wallClock" : "period.utc")))
        .append("</p>\n<div class=\"cards\">\n");
    card(human.count(s.cases()), "card.cases");
    card(human.count(s.events()), "card.events");
    card(human.count(s.activities()), "card.activities");
    card(human.duration(d.median()), "card.medianDuration");
    card(human.duration(d.p90()), "card.p90Duration");
    card(human.count(r.variants().count()), "card.variants");
    card(human.share(r.rework().share()), "card.rework");
    h.append("</div>\n");
  }

  private void variants(MiningReport r) {
    h.append("<h2>")
        .append(Escape.text(texts.get("variants.heading")))
        .append("</h2>\n<p>")
        .append(
            Escape.text(
                texts.format(
                    "variants.html",
                    human.counted("n.paths", r.variants().count()),
                    human.count(r.variants().singletons()))))
        .append("</p>\n<table>\n<tr><th class=\"n\">#</th>");
    th("n", "col.cases");
    th(null, "col.share");
    th("n", "col.cumulativeLong");
    th("n", "col.medianDuration");
    th(null, "col.path");
    h.append("</tr>\n");
    for (Variant v : r.variants().top()) {
      h.append("<tr><td class=\"n\">")
          .append(v.rank())
          .append("</td><td class=\"n\">")
          .append(human.count(v.cases()))
          .append("</td><td style=\"min-width:8rem\">")
          .append(bar(v.share()))
          .append(human.share(v.share()))
          .append("</td><td class=\"n\">")
          .append(human.share(v.coverage()))
          .append("</td><td class=\"n\">")
          .append(human.duration(v.duration().median()))
          .append("</td><td class=\"path\">")
          .append(Escape.text(String.join(" → ", v.activities())))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private void bottlenecks(MiningReport r) {
    h.append("<h2>").append(Escape.text(texts.get("bottlenecks.heading"))).append("</h2>\n");
    bottlenecks("bottlenecks.byTotal.html", r.bottlenecks().transitionsByTotal());
    bottlenecks("bottlenecks.byMean.html", r.bottlenecks().transitionsByMean());
    bottlenecks("bottlenecks.activities.html", r.bottlenecks().activitiesByTotal());
  }

  private void processing(MiningReport r) {
    if (r.processing().isEmpty()) {
      return;
    }
    h.append("<h2>")
        .append(Escape.text(texts.get("processing.heading")))
        .append("</h2>\n<p>")
        .append(Escape.text(texts.get("processing.html")))
        .append("</p>\n<table>\n<tr><th></th>");
    th("n", "col.count");
    th("n", "col.total");
    th("n", "col.mean");
    th("n", "col.median");
    th("n", "col.p90");
    h.append("</tr>\n");
    for (ProcessingTime p : r.processing()) {
      DurationStats w = p.processing();
      h.append("<tr><td>")
          .append(Escape.text(p.activity()))
          .append("</td><td class=\"n\">")
          .append(human.count(w.count()))
          .append("</td><td class=\"n\">")
          .append(human.duration(w.total()))
          .append("</td><td class=\"n\">")
          .append(meanMedianP90(w))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private void rework(MiningReport r) {
    h.append("<h2>")
        .append(Escape.text(texts.get("rework.heading")))
        .append("</h2>\n<p>")
        .append(
            Escape.text(
                texts.format(
                    "rework.html",
                    human.counted("n.cases", r.rework().cases()),
                    human.share(r.rework().share()),
                    r.rework().cases())))
        .append("</p>\n");
    if (r.rework().activities().isEmpty()) {
      return;
    }
    h.append("<table>\n<tr>");
    th(null, "col.activity");
    th("n", "col.cases");
    th("n", "col.repetitions");
    h.append("</tr>\n");
    for (ReworkActivity a : r.rework().activities()) {
      h.append("<tr><td>")
          .append(Escape.text(a.activity()))
          .append("</td><td class=\"n\">")
          .append(human.count(a.cases()))
          .append("</td><td class=\"n\">")
          .append(human.count(a.repetitions()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private void resources(MiningReport r) {
    if (r.resources().resources() == 0) {
      return;
    }
    h.append("<h2>")
        .append(Escape.text(texts.get("resources.heading")))
        .append("</h2>\n<p>")
        .append(
            Escape.text(
                texts.format(
                    "resources.html",
                    human.counted("n.resources", r.resources().resources()),
                    human.counted("n.times", r.resources().handovers()))))
        .append("</p>\n<h3>")
        .append(Escape.text(texts.get("resources.busiest")))
        .append("</h3>\n<table>\n<tr>");
    th(null, "col.resource");
    th("n", "col.events");
    th("n", "col.cases");
    th("n", "col.activities");
    h.append("</tr>\n");
    for (ResourceLoad l : r.resources().workload()) {
      h.append("<tr><td>")
          .append(Escape.text(l.resource()))
          .append("</td><td class=\"n\">")
          .append(human.count(l.events()))
          .append("</td><td class=\"n\">")
          .append(human.count(l.cases()))
          .append("</td><td class=\"n\">")
          .append(human.count(l.activities()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<h3>")
        .append(Escape.text(texts.get("resources.handovers")))
        .append("</h3>\n<table>\n<tr>");
    th(null, "col.from");
    th(null, "col.to");
    th("n", "col.count");
    h.append("</tr>\n");
    for (Handover x : r.resources().topHandovers()) {
      h.append("<tr><td>")
          .append(Escape.text(x.from()))
          .append("</td><td>")
          .append(Escape.text(x.to()))
          .append("</td><td class=\"n\">")
          .append(human.count(x.count()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private void card(String value, String labelKey) {
    h.append("<div class=\"card\"><b>")
        .append(Escape.text(value))
        .append("</b><span>")
        .append(Escape.text(texts.get(labelKey)))
        .append("</span></div>\n");
  }

  /** A header cell with the text of {@code key}, right-aligned when {@code cssClass} is "n". */
  private void th(String cssClass, String key) {
    h.append(cssClass == null ? "<th>" : "<th class=\"" + cssClass + "\">")
        .append(Escape.text(texts.get(key)))
        .append("</th>");
  }

  private static String bar(double fraction) {
    return "<div class=\"bar\"><i style=\"width:"
        + String.format(java.util.Locale.ROOT, "%.1f", Math.max(0.5, fraction * 100))
        + "%\"></i></div>";
  }

  private void bottlenecks(String titleKey, List<Bottleneck> list) {
    if (list.isEmpty()) {
      return;
    }
    long max = Math.max(1, list.stream().mapToLong(b -> b.waiting().total()).max().orElse(1));
    h.append("<h3>")
        .append(Escape.text(texts.get(titleKey)))
        .append("</h3>\n<table>\n<tr><th></th>");
    th("n", "col.count");
    th(null, "col.total");
    th("n", "col.mean");
    th("n", "col.median");
    th("n", "col.p90");
    h.append("</tr>\n");
    for (Bottleneck b : list) {
      DurationStats w = b.waiting();
      h.append("<tr><td>")
          .append(Escape.text(b.isTransition() ? b.from() + " → " + b.to() : b.to()))
          .append("</td><td class=\"n\">")
          .append(human.count(w.count()))
          .append("</td><td style=\"min-width:8rem\">")
          .append(bar((double) w.total() / max))
          .append(human.duration(w.total()))
          .append("</td><td class=\"n\">")
          .append(meanMedianP90(w))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** The mean, median and p90 cells every duration table shows, in that order. */
  private String meanMedianP90(DurationStats w) {
    return human.duration(w.mean())
        + "</td><td class=\"n\">"
        + human.duration(w.median())
        + "</td><td class=\"n\">"
        + human.duration(w.p90());
  }
}
