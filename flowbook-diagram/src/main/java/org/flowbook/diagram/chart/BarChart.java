package org.flowbook.diagram.chart;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.List;
import org.flowbook.diagram.render.SvgWriter;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;

/** A horizontal bar chart as SVG: one labelled bar per row, longest first as given. */
public final class BarChart {
  private static final double LABEL = 190;
  private static final double BAR_AREA = 320;
  private static final double ROW = 24;
  private static final double TOP = 34;

  private BarChart() {}

  public static String svg(String title, List<Bar> bars) {
    double max = 0;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
    }
    double valueWidth = 0;
    for (Bar b : bars) {
      valueWidth = Math.max(valueWidth, Fonts.width(text(b), Type.SMALL, false));
    }
    double width = 12 + LABEL + BAR_AREA + 10 + valueWidth + 12;
    double height = TOP + Math.max(1, bars.size()) * ROW + 10;
    SvgWriter svg = new SvgWriter().begin(width, height, title, "flowbook chart bar-chart");
    svg.empty(
        "rect", "x", "0", "y", "0", "width", num(width), "height", num(height), "fill", "#ffffff");
    svg.element(
        "text",
        title,
        "x",
        "12",
        "y",
        "20",
        "font-size",
        num(Type.LABEL + 2),
        "font-weight",
        "bold",
        "fill",
        "#1f2933");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = TOP + i * ROW;
      double len = max > 0 ? BAR_AREA * b.value() / max : 0;
      String label =
          TextWrap.wrap(b.label(), LABEL - 10, Type.LABEL, false, 1).stream()
              .findFirst()
              .orElse("");
      svg.open("g", "class", "bar", "data-value", num(b.value()));
      svg.element("title", b.label() + ": " + text(b));
      svg.element(
          "text",
          label,
          "x",
          num(12 + LABEL - 8),
          "y",
          num(y + 15),
          "font-size",
          num(Type.LABEL),
          "fill",
          "#1f2933",
          "text-anchor",
          "end");
      svg.empty(
          "rect",
          "x",
          num(12 + LABEL),
          "y",
          num(y + 4),
          "width",
          num(Math.max(1, len)),
          "height",
          num(ROW - 8),
          "rx",
          "2",
          "fill",
          "#3e7cb1");
      svg.element(
          "text",
          text(b),
          "x",
          num(12 + LABEL + len + 6),
          "y",
          num(y + 15),
          "font-size",
          num(Type.SMALL),
          "fill",
          "#1f2933");
      svg.close("g");
    }
    return svg.end();
  }

  private static String text(Bar b) {
    return b.valueText().isEmpty() ? num(b.value()) : b.valueText();
  }
}
