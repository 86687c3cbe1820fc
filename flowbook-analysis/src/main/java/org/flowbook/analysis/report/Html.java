package org.flowbook.analysis.report;

import java.util.List;
import org.flowbook.output.Escape;

/** Small helpers for writing the HTML reports: escaping, tables, bars. */
final class Html {
  static final String STYLE =
      """
      body{font-family:"Liberation Sans",Arial,sans-serif;color:#1d2733;margin:0;background:#f4f6f8}
      main{max-width:1180px;margin:0 auto;padding:24px 32px 48px;background:#fff}
      h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:36px 0 10px;border-bottom:2px solid #d8dee6;padding-bottom:4px}
      h3{font-size:16px;margin:20px 0 8px}.sub{color:#5b6b7c;margin:0 0 18px}
      table{border-collapse:collapse;margin:6px 0 12px;font-size:14px}th,td{padding:5px 10px;border-bottom:1px solid #e3e8ee;text-align:left;vertical-align:top}
      th{background:#eef2f6;font-weight:600}td.n,th.n{text-align:right;white-space:nowrap}
      .cards{display:flex;flex-wrap:wrap;gap:12px;margin:10px 0 16px}.card{background:#f0f4f8;border-radius:8px;padding:10px 14px;min-width:140px}
      .card .v{font-size:22px;font-weight:700}.card .l{font-size:12px;color:#5b6b7c;text-transform:uppercase;letter-spacing:.03em}
      .bar{display:inline-block;height:12px;border-radius:3px;vertical-align:middle;margin-right:6px}
      .ok{background:#3f9b6b}.high{background:#e0a100}.over{background:#c8372d}.verdict-over{color:#c8372d;font-weight:700}.verdict-high{color:#b07d00;font-weight:600}
      .chart{overflow-x:auto;border:1px solid #e3e8ee;border-radius:6px;padding:8px;margin:8px 0}
      .chart svg{max-width:100%;height:auto}
      ul.problems{list-style:none;padding:0;font-size:14px}ul.problems li{padding:6px 0;border-bottom:1px solid #eef1f4}
      .sev{display:inline-block;min-width:64px;font-size:12px;font-weight:700;text-transform:uppercase}
      .error{color:#c8372d}.warning{color:#b07d00}.info{color:#3b6ea8}.loc{color:#5b6b7c;font-family:monospace;font-size:12px}
      .hint{color:#5b6b7c;margin-left:68px}.summary p{font-size:16px;line-height:1.5;margin:6px 0}
      .note{color:#5b6b7c;font-size:13px}footer{color:#8795a4;font-size:12px;margin-top:40px}
      .side{display:grid;grid-template-columns:1fr;gap:16px}
      """;

  private Html() {}

  static String begin(String title, String lang) {
    return "<!DOCTYPE html>\n<html lang=\""
        + lang
        + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + Escape.text(title)
        + "</title>\n<style>\n"
        + STYLE
        + "</style>\n</head>\n<body>\n<main>\n";
  }

  static String end(String footer) {
    return "<footer>" + Escape.text(footer) + "</footer>\n</main>\n</body>\n</html>\n";
  }

  private static final String RAW = "\u0000";

  /** Marks a cell as markup built by the report (all other cells are escaped). */
  static String raw(String html) {
    return RAW + html;
  }

  /** A table; cells are escaped unless marked with {@link #raw}. */
  static void table(
      StringBuilder b, List<String> head, List<List<String>> rows, boolean[] numeric) {
    b.append("<table>\n<tr>");
    for (int i = 0; i < head.size(); i++) {
      b.append(numeric[i] ? "<th class=\"n\">" : "<th>")
          .append(Escape.text(head.get(i)))
          .append("</th>");
    }
    b.append("</tr>\n");
    for (List<String> r : rows) {
      b.append("<tr>");
      for (int i = 0; i < r.size(); i++) {
        String c = r.get(i);
        b.append(numeric[i] ? "<td class=\"n\">" : "<td>")
            .append(c.startsWith(RAW) ? c.substring(1) : Escape.text(c))
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  static void card(StringBuilder b, String label, String value) {
    b.append("<div class=\"card\"><div class=\"v\">")
        .append(Escape.text(value))
        .append("</div><div class=\"l\">")
        .append(Escape.text(label))
        .append("</div></div>");
  }

  /** A utilization bar (100 % = 120 px) and the percentage. */
  static String bar(double share, String text) {
    String cls = share >= 1 ? "over" : share >= 0.85 ? "high" : "ok";
    int width = (int) Math.round(Math.min(1.5, share) * 120);
    return raw(
        "<span class=\"bar "
            + cls
            + "\" style=\"width:"
            + Math.max(2, width)
            + "px\"></span>"
            + Escape.text(text));
  }
}
