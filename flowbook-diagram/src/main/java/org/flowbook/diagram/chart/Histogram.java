package org.flowbook.diagram.chart;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.render.SvgWriter;
import org.flowbook.diagram.text.Type;

/**
 * A histogram as SVG: the values counted into equal-width bins between their minimum and maximum,
 * one column per bin, with the count on top and the bin's lower bound under it.
 */
public final class Histogram {
  private static final double PLOT_W = 480;
  private static final double PLOT_H = 160;
  private static final double LEFT = 16;
  private static final double TOP = 40;

  private Histogram() {}

  /**
   * @param unit written after the bin bounds ("d", "h"), or empty
   * @param bins the number of columns, 1..100
   */
  public static String svg(String title, List<Double> values, int bins, String unit) {
    if (bins < 1 || bins > 100) {
      throw new IllegalArgumentException("a histogram needs 1..100 bins, not " + bins);
    }
    int[] counts = count(values, bins);
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double step = max > min ? (max - min) / bins : 1;
    int top = 0;
    for (int c : counts) {
      top = Math.max(top, c);
    }
    double width = LEFT * 2 + PLOT_W;
    double height = TOP + PLOT_H + 40;
    SvgWriter svg = new SvgWriter().begin(width, height, title, "flowbook chart histogram");
    svg.background(width, height);
    svg.boldText(title, num(LEFT), "20", Type.LABEL + 2, "#1f2933");
    double colW = PLOT_W / bins;
    String u = unit == null || unit.isEmpty() ? "" : " " + unit;
    for (int i = 0; i < bins; i++) {
      double h = top > 0 ? PLOT_H * counts[i] / top : 0;
      double x = LEFT + i * colW;
      double y = TOP + PLOT_H - h;
      svg.open("g", "class", "bin", "data-count", String.valueOf(counts[i]));
      svg.element(
          "title", num(min + i * step) + "–" + num(min + (i + 1) * step) + u + ": " + counts[i]);
      svg.rect(new Box(x + 1, y, Math.max(1, colW - 2), h), "fill", "#3e7cb1");
      if (counts[i] > 0) {
        svg.element(
            "text",
            String.valueOf(counts[i]),
            "x",
            num(x + colW / 2),
            "y",
            num(y - 4),
            "font-size",
            num(Type.SMALL),
            "fill",
            "#1f2933",
            "text-anchor",
            "middle");
      }
      if (bins <= 12 || i % (bins / 6 + 1) == 0) {
        svg.element(
            "text",
            num(min + i * step) + u,
            "x",
            num(x + colW / 2),
            "y",
            num(TOP + PLOT_H + 16),
            "font-size",
            num(Type.SMALL),
            "fill",
            "#61707f",
            "text-anchor",
            "middle");
      }
      svg.close("g");
    }
    svg.empty(
        "path",
        "d",
        "M" + num(LEFT) + "," + num(TOP + PLOT_H) + " H" + num(LEFT + PLOT_W),
        "stroke",
        "#52606d",
        "stroke-width",
        "1");
    return svg.end();
  }

  /** How many values fall into each bin; the maximum goes into the last bin. */
  static int[] count(List<Double> values, int bins) {
    int[] counts = new int[bins];
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    for (double v : values) {
      int i = max > min ? (int) Math.floor((v - min) / (max - min) * bins) : 0;
      counts[Math.min(bins - 1, Math.max(0, i))]++;
    }
    return counts;
  }
}
