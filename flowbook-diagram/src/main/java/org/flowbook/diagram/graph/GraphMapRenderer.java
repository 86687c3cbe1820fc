package org.flowbook.diagram.graph;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.render.Ids;
import org.flowbook.diagram.render.SvgWriter;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.Type;

/**
 * Draws a {@link GraphMap} as SVG: boxes filled by weight (light to dark blue), arrows as thick as
 * their weight, labels on the arrows. Each node is a {@code <g id="node--ID">} with a title.
 */
public final class GraphMapRenderer {
  private static final double TITLE = 36;
  private static final int[] LIGHT = {0xf0, 0xf5, 0xfb};
  private static final int[] DARK = {0x1d, 0x4e, 0x89};

  private GraphMapRenderer() {}

  public static String svg(GraphMap map) {
    GraphMapLayout lay = new GraphMapLayout(map);
    double top = map.title().isEmpty() ? 0 : TITLE;
    double width =
        Math.max(
            lay.width, map.title().isEmpty() ? 0 : Fonts.width(map.title(), Type.TITLE, true) + 32);
    double maxNode = 0;
    for (GraphNode n : map.nodes()) {
      maxNode = Math.max(maxNode, n.weight());
    }
    double maxEdge = 0;
    for (GraphEdge e : map.edges()) {
      maxEdge = Math.max(maxEdge, e.weight());
    }
    SvgWriter svg =
        new SvgWriter()
            .begin(
                width,
                top + lay.height,
                map.title().isEmpty() ? "Graph" : map.title(),
                "flowbook graph-map");
    svg.background(width, top + lay.height);
    if (!map.title().isEmpty()) {
      svg.boldText(map.title(), "16", "25", Type.TITLE, "#1f2933");
    }
    svg.open("g", "transform", "translate(0," + num(top) + ")");
    for (GraphMapLayout.Routed r : lay.edges) {
      double w = maxEdge > 0 ? r.edge().weight() / maxEdge : 0;
      edge(svg, r, w);
    }
    for (GraphMapLayout.Placed p : lay.nodes) {
      double w = maxNode > 0 ? p.node().weight() / maxNode : 0;
      node(svg, p, w);
    }
    svg.close("g");
    return svg.end();
  }

  private static void edge(SvgWriter svg, GraphMapLayout.Routed r, double w) {
    double stroke = 1.2 + 5 * w;
    String color = mix(0.35 + 0.65 * w);
    List<Point> pts = r.points();
    Point tip = pts.get(pts.size() - 1);
    Point prev = pts.get(pts.size() - 2);
    double len = Math.max(1e-6, Math.hypot(tip.x() - prev.x(), tip.y() - prev.y()));
    double ux = (tip.x() - prev.x()) / len;
    double uy = (tip.y() - prev.y()) / len;
    double head = 8 + stroke;
    List<Point> line = new java.util.ArrayList<>(pts);
    line.set(line.size() - 1, new Point(tip.x() - ux * head * 0.8, tip.y() - uy * head * 0.8));
    svg.open("g", "class", "edge", "data-from", r.edge().from(), "data-to", r.edge().to());
    svg.element(
        "title",
        r.edge().from()
            + " → "
            + r.edge().to()
            + (r.edge().label().isEmpty() ? "" : ": " + r.edge().label()));
    svg.empty(
        "path",
        "d",
        SvgWriter.path(line),
        "fill",
        "none",
        "stroke",
        color,
        "stroke-width",
        num(stroke),
        "stroke-linejoin",
        "round");
    svg.arrowHead(tip, ux, uy, head, color);
    r.label()
        .ifPresent(
            b -> {
              svg.rect(b, "fill", "#ffffff", "fill-opacity", "0.85");
              svg.element(
                  "text",
                  r.edge().label(),
                  "x",
                  num(b.centerX()),
                  "y",
                  num(b.y() + Type.SMALL * 0.9 + 1),
                  "font-size",
                  num(Type.SMALL),
                  "fill",
                  "#1f2933",
                  "text-anchor",
                  "middle");
            });
    svg.close("g");
  }

  private static void node(SvgWriter svg, GraphMapLayout.Placed p, double w) {
    Box b = p.box();
    GraphNode n = p.node();
    svg.open(
        "g",
        "id",
        "node--" + Ids.slug(n.id()),
        "class",
        "node " + n.kind().name().toLowerCase(java.util.Locale.ROOT),
        "data-weight",
        num(n.weight()));
    svg.element("title", n.label().replace('\n', ' '));
    if (n.kind() == GraphNode.Kind.BOX) {
      svg.rect(
          b, "rx", "8", "fill", mix(0.08 + 0.85 * w), "stroke", "#1d4e89", "stroke-width", "1.3");
      double lh = Type.lineHeight(Type.NODE);
      double y0 = b.centerY() - p.lines().size() * lh / 2 + Type.NODE * 0.8;
      svg.lines(p.lines(), b.centerX(), y0, Type.NODE, false, w > 0.55 ? "#ffffff" : "#1f2933");
    } else {
      boolean end = n.kind() == GraphNode.Kind.END;
      svg.circle(
          b.centerX(),
          b.centerY(),
          b.width() / 2,
          "fill",
          end ? "#fdecec" : "#eaf6ec",
          "stroke",
          end ? "#b3261e" : "#2f7d3a",
          "stroke-width",
          end ? "3.5" : "2");
      if (!n.label().isEmpty()) {
        svg.element(
            "text",
            n.label(),
            "x",
            num(b.centerX()),
            "y",
            num(b.bottom() + 13),
            "font-size",
            num(Type.SMALL),
            "fill",
            "#1f2933",
            "text-anchor",
            "middle");
      }
    }
    svg.close("g");
  }

  /** A colour between light and dark blue. */
  private static String mix(double t) {
    double f = Math.max(0, Math.min(1, t));
    StringBuilder b = new StringBuilder("#");
    for (int c = 0; c < 3; c++) {
      b.append(
          String.format(
              java.util.Locale.ROOT,
              "%02x",
              (int) Math.round(LIGHT[c] + (DARK[c] - LIGHT[c]) * f)));
    }
    return b.toString();
  }
}
