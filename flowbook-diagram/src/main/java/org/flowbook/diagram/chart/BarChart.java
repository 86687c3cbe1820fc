package org.flowbook.diagram.chart;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.render.SvgWriter;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;

/**
 * A horizontal bar chart as SVG: one labelled bar per row, in the order given. The one bar chart of
 * the product: the diagram module's tests, the analysis report's "where the time goes".
 */
public final class BarChart {
  /** The label column's width bounds: as wide as the longest label, within these. */
  private static final double LABEL_MIN = 120;

  private static final double LABEL_MAX = 300;
  private static final double BAR_AREA = 320;
  private static final double ROW = 24;
  private static final double TOP = 34;
  private static final double TOP_WITHOUT_HEADING = 4;

  /** The bars' default colour. */
  public static final String BLUE = "#3e7cb1";

  private BarChart() {}

  /** A chart with its title drawn as a heading, in the default colour. */
  public static String svg(String title, List<Bar> bars) {
    return svg(title, bars, BLUE, true);
  }

  /**
   * A chart whose bars have {@code color}; with {@code heading} false the title is only the SVG's
   * accessible title (for a page that has the heading in its own text already).
   */
  public static String svg(String title, List<Bar> bars, String color, boolean heading) {
    double labelWidth = LABEL_MIN - 18;
    for (Bar b : bars) {
      labelWidth = Math.max(labelWidth, Fonts.width(b.label(), Type.LABEL, false));
    }
    double column = Math.min(LABEL_MAX, labelWidth + 18);
    double top = heading ? TOP : TOP_WITHOUT_HEADING;
    double max = 0;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
    }
    double valueWidth = 0;
    for (Bar b : bars) {
      valueWidth = Math.max(valueWidth, Fonts.width(text(b), Type.SMALL, false));
    }
    double width = 12 + column + BAR_AREA + 10 + valueWidth + 12;
    double height = top + Math.max(1, bars.size()) * ROW + 10;
    SvgWriter svg = new SvgWriter().begin(width, height, title, "flowbook chart bar-chart");
    svg.background(width, height);
    if (heading) {
      svg.boldText(title, "12", "20", Type.LABEL + 2, "#1f2933");
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = top + i * ROW;
      double len = max > 0 ? BAR_AREA * b.value() / max : 0;
      String shown =
          TextWrap.wrap(b.label(), column - 10, Type.LABEL, false, 1).stream()
              .findFirst()
              .orElse("");
      svg.open("g", "class", "bar", "data-value", num(b.value()));
      svg.element("title", b.label() + ": " + text(b));
      svg.element(
          "text",
          shown,
          "x",
          num(12 + column - 8),
          "y",
          num(y + 15),
          "font-size",
          num(Type.LABEL),
          "fill",
          "#1f2933",
          "text-anchor",
          "end");
      svg.rect(new Box(12 + column, y + 4, Math.max(1, len), ROW - 8), "rx", "2", "fill", color);
      svg.element(
          "text",
          text(b),
          "x",
          num(12 + column + len + 6),
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
