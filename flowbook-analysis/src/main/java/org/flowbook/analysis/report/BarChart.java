package org.flowbook.analysis.report;

import java.util.List;
import java.util.Locale;
import org.flowbook.output.Escape;

/**
 * A horizontal SVG bar chart (label, value, value text), for the reports. The diagram module has no
 * chart API yet; this one is deliberately small.
 */
final class BarChart {
  private static final int ROW = 24;
  private static final int LABEL = 300;
  private static final int BARS = 420;

  record Bar(String label, double value, String text) {}

  private BarChart() {}

  static String svg(List<Bar> bars, String color) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    if (max <= 0) {
      max = 1;
    }
    int height = bars.size() * ROW + 8;
    int width = LABEL + BARS + 120;
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"13\">");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 4 + i * ROW;
      double w = Math.max(1, bar.value() / max * BARS);
      String label = bar.label().length() > 44 ? bar.label().substring(0, 43) + "…" : bar.label();
      b.append("<text x=\"")
          .append(LABEL - 8)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" text-anchor=\"end\" fill=\"#1d2733\">")
          .append(Escape.text(label))
          .append("</text>");
      b.append("<rect x=\"")
          .append(LABEL)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(String.format(Locale.ROOT, "%.1f", w))
          .append("\" height=\"16\" rx=\"3\" fill=\"")
          .append(color)
          .append("\"/>");
      b.append("<text x=\"")
          .append(String.format(Locale.ROOT, "%.1f", LABEL + w + 6))
          .append("\" y=\"")
          .append(y + 15)
          .append("\" fill=\"#33414f\">")
          .append(Escape.text(bar.text()))
          .append("</text>");
    }
    b.append("</svg>");
    return b.toString();
  }
}
