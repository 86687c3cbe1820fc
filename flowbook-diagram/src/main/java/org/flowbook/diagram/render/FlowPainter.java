package org.flowbook.diagram.render;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.EdgeLayout;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.text.Type;

/** Draws one sequence flow: its orthogonal line, arrow head, condition text and overlay mark. */
final class FlowPainter {
  private final SvgWriter svg;

  FlowPainter(SvgWriter svg) {
    this.svg = svg;
  }

  void paint(EdgeLayout edge, List<String> condition, boolean isDefault, Mark mark) {
    String color =
        mark.state() != ChangeState.UNCHANGED
            ? Palette.stateStroke(mark.state(), Palette.LINE)
            : mark.heat() > 0 ? Palette.heat(0.35 + 0.65 * mark.heat()) : Palette.LINE;
    double width = mark.heat() > 0 ? 1.5 + 5.5 * mark.heat() : 1.4;
    if (mark.state() == ChangeState.ADDED || mark.state() == ChangeState.CHANGED) {
      width = Math.max(width, 2.4);
    }
    List<Point> pts = edge.waypoints();
    Point tip = pts.get(pts.size() - 1);
    Point before = pts.get(pts.size() - 2);
    double len = Math.max(1e-6, Math.hypot(tip.x() - before.x(), tip.y() - before.y()));
    double ux = (tip.x() - before.x()) / len;
    double uy = (tip.y() - before.y()) / len;
    double head = 9 + width;
    // The line stops where the arrow head begins, so thick lines do not poke through the tip.
    List<Point> line = new java.util.ArrayList<>(pts);
    line.set(line.size() - 1, new Point(tip.x() - ux * head * 0.8, tip.y() - uy * head * 0.8));
    svg.empty(
        "path",
        "d",
        SvgWriter.path(line),
        "fill",
        "none",
        "stroke",
        color,
        "stroke-width",
        num(width),
        "stroke-linejoin",
        "round",
        "stroke-dasharray",
        mark.state() == ChangeState.REMOVED ? "6 4" : "");
    svg.arrowHead(tip, ux, uy, head, color);
    if (isDefault && condition.isEmpty()) {
      // With a label ("annars") the default is already named; the slash would sit on the piece
      // the branches share and mark the wrong one.
      defaultMarker(pts.get(0), pts.get(1), color);
    }
    edge.label().ifPresent(box -> condition(box, condition));
    if (mark.hasBadge()) {
      Point mid = middleOfLongest(pts);
      Badges.drawCentered(svg, mark.badge(), mid.x(), mid.y());
    }
  }

  private void condition(Box box, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    svg.rect(box, "fill", "#ffffff", "fill-opacity", "0.85");
    svg.lines(
        lines, box.centerX(), box.y() + Type.LABEL * 0.85 + 1, Type.LABEL, false, Palette.INK);
  }

  /** BPMN's default-flow slash near the source. */
  private void defaultMarker(Point a, Point b, String color) {
    double len = Math.max(1e-6, Math.hypot(b.x() - a.x(), b.y() - a.y()));
    double ux = (b.x() - a.x()) / len;
    double uy = (b.y() - a.y()) / len;
    double d = Math.min(10, len / 2);
    Point c = new Point(a.x() + ux * d, a.y() + uy * d);
    svg.empty(
        "path",
        "d",
        "M"
            + num(c.x() - 4 * ux - 5 * uy)
            + ","
            + num(c.y() - 4 * uy + 5 * ux)
            + " L"
            + num(c.x() + 4 * ux + 5 * uy)
            + ","
            + num(c.y() + 4 * uy - 5 * ux),
        "stroke",
        color,
        "stroke-width",
        "1.4",
        "class",
        "default-marker");
  }

  private static Point middleOfLongest(List<Point> pts) {
    Point best = pts.get(0);
    double bestLen = -1;
    for (int i = 1; i < pts.size(); i++) {
      Point a = pts.get(i - 1);
      Point b = pts.get(i);
      double len = Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
      if (len > bestLen) {
        bestLen = len;
        best = new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
      }
    }
    return best;
  }
}
