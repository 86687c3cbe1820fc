package org.flowbook.diagram.render;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.List;
import java.util.regex.Pattern;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.medium.Connector;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.Type;
import org.flowbook.model.Process;

/**
 * Draws the off-page connectors of a chart piece: at the cut edge where a flow leaves or arrives, a
 * small pentagon pointing along the flow with the number of the step at the other end (an arrow
 * alone for an unnumbered event). The manual writes the page beside the piece.
 */
final class ConnectorPainter {
  private static final Pattern NUMBERED = Pattern.compile("\\d{1,4}[a-z]?");
  private static final double HEIGHT = 18;
  private static final double GAP = 2;

  private ConnectorPainter() {}

  static void paint(
      SvgWriter svg, Process process, List<Connector> leaving, List<Connector> arriving) {
    if (leaving.isEmpty() && arriving.isEmpty()) {
      return;
    }
    svg.open("g", "class", "off-page-connectors");
    for (List<Connector> same : atOnePoint(leaving)) {
      for (int k = 0; k < same.size(); k++) {
        tag(svg, same.get(k), same.get(k).to(), true, k);
      }
    }
    for (List<Connector> same : atOnePoint(arriving)) {
      for (int k = 0; k < same.size(); k++) {
        tag(svg, same.get(k), same.get(k).from(), false, k);
      }
    }
    svg.close("g");
  }

  /**
   * Connectors grouped by where they cross the cut: the branches of a decision share its trunk and
   * cross at one point; their tags stand in a row along the cut edge, the first at the line,
   * instead of on top of each other.
   */
  private static List<List<Connector>> atOnePoint(List<Connector> connectors) {
    java.util.Map<String, List<Connector>> groups = new java.util.LinkedHashMap<>();
    for (Connector c : connectors) {
      String key = c.side() + ":" + num(c.at().x()) + "," + num(c.at().y());
      groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(c);
    }
    return List.copyOf(groups.values());
  }

  /** The short name of a step on a tag: its number, or an arrow. */
  static String shortName(String stepId) {
    return NUMBERED.matcher(stepId).matches() ? stepId : "\u2192";
  }

  private static void tag(SvgWriter svg, Connector c, String other, boolean leaving, int nth) {
    String text = shortName(other);
    double w = Math.max(22, Math.ceil(Fonts.width(text, Type.SMALL, true)) + 14);
    Point at = c.at();
    double x;
    double y;
    double along = nth * (HEIGHT + GAP);
    switch (c.side()) {
      case RIGHT -> {
        x = at.x() + GAP;
        y = at.y() - HEIGHT / 2 + along;
      }
      case LEFT -> {
        x = at.x() - GAP - w;
        y = at.y() - HEIGHT / 2 + along;
      }
      case BOTTOM -> {
        x = at.x() - w / 2 + nth * (w + GAP);
        y = at.y() + GAP;
      }
      default -> {
        x = at.x() - w / 2 + nth * (w + GAP);
        y = at.y() - GAP - HEIGHT;
      }
    }
    // The point shows the direction of the flow: away from the piece when it leaves, into it
    // when it arrives.
    boolean pointRight =
        (c.side() == Connector.Side.RIGHT) == leaving || c.side() == Connector.Side.TOP;
    double tip = 7;
    String points =
        pointRight
            ? SvgWriter.points(
                new Point(x, y),
                new Point(x + w - tip, y),
                new Point(x + w, y + HEIGHT / 2),
                new Point(x + w - tip, y + HEIGHT),
                new Point(x, y + HEIGHT))
            : SvgWriter.points(
                new Point(x + tip, y),
                new Point(x + w, y),
                new Point(x + w, y + HEIGHT),
                new Point(x + tip, y + HEIGHT),
                new Point(x, y + HEIGHT / 2));
    svg.open(
        "g",
        "class",
        leaving ? "connector leaving" : "connector arriving",
        "data-from",
        c.from(),
        "data-to",
        c.to());
    svg.empty(
        "polygon",
        "points",
        points,
        "fill",
        "#ffffff",
        "stroke",
        Palette.INK,
        "stroke-width",
        "1.2");
    double textX = x + (pointRight ? (w - tip) / 2 : tip + (w - tip) / 2);
    svg.element(
        "text",
        text,
        "x",
        num(textX),
        "y",
        num(y + HEIGHT / 2 + Type.SMALL * 0.35),
        "font-size",
        num(Type.SMALL),
        "font-weight",
        "bold",
        "text-anchor",
        "middle",
        "fill",
        Palette.INK);
    svg.close("g");
  }
}
