package org.flowbook.compliance.report;

import java.util.Locale;
import org.flowbook.compliance.risk.HeatMap;
import org.flowbook.handbook.figure.Picture;
import org.flowbook.output.Escape;

/**
 * A risk matrix as SVG: consequence across, likelihood up, each cell coloured by its risk value and
 * holding the number of risks in it. Sized to be read on A4 at its natural size: the smallest text
 * is 11 px (8.25 pt).
 */
final class HeatMapSvg {
  private static final int CELL = 64;
  private static final int LEFT = 96;
  private static final int TOP = 34;
  private static final int BOTTOM = 54;
  static final int WIDTH = LEFT + HeatMap.SIZE * CELL + 12;
  static final int HEIGHT = TOP + HeatMap.SIZE * CELL + BOTTOM;

  private HeatMapSvg() {}

  static Picture picture(HeatMap map, String title, int threshold, ComplianceTexts x) {
    return new Picture(svg(map, title, threshold, x), WIDTH, HEIGHT);
  }

  static String svg(HeatMap map, String title, int threshold, ComplianceTexts x) {
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\">\n<title>")
        .append(Escape.text(title))
        .append("</title>\n");
    text(b, LEFT + HeatMap.SIZE * CELL / 2.0, 20, 14, "bold", "middle", title);
    for (int l = HeatMap.SIZE; l >= 1; l--) {
      int y = TOP + (HeatMap.SIZE - l) * CELL;
      for (int c = 1; c <= HeatMap.SIZE; c++) {
        int xPos = LEFT + (c - 1) * CELL;
        int value = l * c;
        b.append("<rect x=\"")
            .append(xPos)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(CELL)
            .append("\" height=\"")
            .append(CELL)
            .append("\" fill=\"")
            .append(fill(value))
            .append("\" stroke=\"")
            .append(value > threshold ? "#1d2430" : "#ffffff")
            .append("\" stroke-width=\"")
            .append(value > threshold ? 2 : 1)
            .append("\"/>\n");
        text(b, xPos + 6, y + 15, 11, "normal", "start", String.valueOf(value));
        int n = map.count(l, c);
        if (n > 0) {
          text(b, xPos + CELL / 2.0, y + CELL / 2.0 + 9, 24, "bold", "middle", String.valueOf(n));
        }
      }
      text(b, LEFT - 10, y + CELL / 2.0 + 5, 13, "normal", "end", String.valueOf(l));
    }
    for (int c = 1; c <= HeatMap.SIZE; c++) {
      text(
          b,
          LEFT + (c - 0.5) * CELL,
          TOP + HeatMap.SIZE * CELL + 18,
          13,
          "normal",
          "middle",
          String.valueOf(c));
    }
    text(
        b,
        LEFT + HeatMap.SIZE * CELL / 2.0,
        TOP + HeatMap.SIZE * CELL + 42,
        13,
        "bold",
        "middle",
        x.get("risk.consequence"));
    double midY = TOP + HeatMap.SIZE * CELL / 2.0;
    b.append("<text x=\"0\" y=\"0\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\"")
        .append(" fill=\"#1d2430\" transform=\"translate(")
        .append(num(LEFT - 44))
        .append(' ')
        .append(num(midY))
        .append(") rotate(-90)\">")
        .append(Escape.text(x.get("risk.likelihood")))
        .append("</text>\n");
    return b.append("</svg>\n").toString();
  }

  /** The usual bands of a four-step matrix: low, medium, high, very high. */
  static String fill(int value) {
    if (value <= 3) {
      return "#cde8c9";
    }
    if (value <= 6) {
      return "#fbe6a2";
    }
    if (value <= 9) {
      return "#f7c189";
    }
    return "#f09b96";
  }

  private static void text(
      StringBuilder b, double x, double y, int size, String weight, String anchor, String s) {
    b.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" font-size=\"")
        .append(size)
        .append("\" font-weight=\"")
        .append(weight)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" fill=\"#1d2430\">")
        .append(Escape.text(s))
        .append("</text>\n");
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
