package org.flowbook.simulation.report;

import java.util.List;
import java.util.Locale;
import org.flowbook.model.Language;
import org.flowbook.simulation.stats.Histogram;
import org.flowbook.simulation.summary.Summary;
import org.flowbook.simulation.summary.Summary.ProcessSummary;
import org.flowbook.simulation.summary.Summary.RoleSummary;

/**
 * A self-contained HTML report: the text report's tables, a cycle-time histogram per process, and
 * utilization and queue length per role and week as heat tables.
 */
public final class HtmlReport {
  private static final int BINS = 24;

  private HtmlReport() {}

  public static String render(List<SimulationRun> runs, Language language) {
    Words w = new Words(language);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(w.swedish() ? "sv" : "en")
        .append("\">\n<head>\n")
        .append(
            "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(w.t("Simulering", "Simulation")))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:72rem;color:#222}")
        .append(
            "pre{white-space:pre-wrap;font-size:.85rem;background:#f6f6f6;padding:1rem;overflow-x:auto}")
        .append(
            "table.heat{border-collapse:collapse;font-size:.75rem}table.heat td,table.heat th{padding:2px 4px;text-align:right}")
        .append(".scroll{overflow-x:auto}svg{max-width:100%;height:auto}figure{margin:1rem 0}")
        .append("figure.flowchart{overflow-x:auto}figure.flowchart svg{min-width:36rem}")
        .append("\n</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(w.t("Vad händer om…", "What if…"))).append("</h1>\n");
    h.append("<pre>").append(esc(TextReport.render(runs, language))).append("</pre>\n");
    for (SimulationRun run : runs) {
      Summary s = run.summary();
      h.append("<h2>").append(esc(run.name())).append("</h2>\n");
      h.append("<h3>").append(esc(w.t("Ledtider", "Cycle times"))).append("</h3>\n");
      for (ProcessSummary p : s.processes()) {
        if (p.hasArrivals() && p.cycles().count() > 0) {
          histogram(h, p, w);
        }
      }
      StringBuilder charts = new StringBuilder();
      for (ProcessSummary p : s.processes()) {
        if (p.hasArrivals()) {
          charts.append(WaitingHeat.figure(p, run.sources(), w));
        }
      }
      if (charts.length() > 0) {
        h.append("<h3>")
            .append(
                esc(
                    w.t(
                        "Väntan på en ledig person i flödesschemat",
                        "Waiting for a free person in the flowchart")))
            .append("</h3>\n")
            .append(charts);
      }
      h.append("<h3>")
          .append(esc(w.t("Beläggning per roll och vecka", "Utilization per role and week")))
          .append("</h3>\n");
      heat(h, run, w, true);
      h.append("<h3>")
          .append(
              esc(
                  w.t(
                      "Kö per roll och vecka (ärenden som väntar, medel)",
                      "Queue per role and week (tasks waiting, mean)")))
          .append("</h3>\n");
      heat(h, run, w, false);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void histogram(StringBuilder h, ProcessSummary p, Words w) {
    Histogram c = p.cycles();
    double max = Math.max(1, c.quantile(0.99));
    long[] bins = c.linearBins(BINS, max);
    long top = 1;
    for (long b : bins) {
      top = Math.max(top, b);
    }
    int width = 480;
    int height = 120;
    double bw = (double) width / BINS;
    h.append("<figure><figcaption>")
        .append(esc(p.title()))
        .append(" — ")
        .append(esc(w.t("ledtid 0 till ", "cycle time 0 to ")))
        .append(esc(w.duration(max)))
        .append("</figcaption>\n<svg viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height + 2)
        .append("\" role=\"img\" aria-label=\"")
        .append(esc(p.title()))
        .append("\">");
    for (int i = 0; i < BINS; i++) {
      double bh = (double) bins[i] / top * height;
      h.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3a7bd5\"><title>%s</title></rect>",
              i * bw + 1,
              height - bh,
              bw - 2,
              bh,
              esc(
                  w.duration(max * i / BINS)
                      + "–"
                      + w.duration(max * (i + 1) / BINS)
                      + ": "
                      + bins[i])));
    }
    h.append("<line x1=\"0\" y1=\"")
        .append(height)
        .append("\" x2=\"")
        .append(width)
        .append("\" y2=\"")
        .append(height)
        .append("\" stroke=\"#555\"/></svg></figure>\n");
  }

  private static void heat(StringBuilder h, SimulationRun run, Words w, boolean utilization) {
    Summary s = run.summary();
    int firstWeek = (int) Math.floor(run.request().settingsStartSeconds() / (7 * 86400.0));
    int weeks = 0;
    for (RoleSummary r : s.roles()) {
      weeks = Math.max(weeks, r.weeklyUtilization().length);
    }
    h.append("<div class=\"scroll\"><table class=\"heat\"><tr><th>")
        .append(esc(w.t("Roll", "Role")))
        .append("</th>");
    for (int k = firstWeek; k < weeks; k++) {
      h.append("<th>")
          .append(esc(w.t("v", "w")))
          .append(
              run.request()
                  .epoch()
                  .plusWeeks(k)
                  .get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))
          .append("</th>");
    }
    h.append("</tr>\n");
    for (RoleSummary r : s.roles()) {
      if (r.utilization().mean() == 0 && r.maxQueue() == 0) {
        continue;
      }
      double[] v = utilization ? r.weeklyUtilization() : r.weeklyQueue();
      h.append("<tr><th>").append(esc(r.name())).append("</th>");
      for (int k = firstWeek; k < weeks; k++) {
        double x = k < v.length ? v[k] : 0;
        double level = utilization ? Math.min(1, x) : Math.min(1, x / 10);
        String text = utilization ? w.number(x * 100, 0) : w.number(x, 1);
        h.append(
                String.format(
                    Locale.ROOT, "<td style=\"background:rgba(214,39,40,%.2f)\">", level * 0.85))
            .append(esc(text))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table></div>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
