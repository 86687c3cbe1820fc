package org.flowbook.diagram.medium;

import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.EdgeLayout;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.layout.Point;

/**
 * A chart's geometry mirrored on its diagonal (x and y swapped), so that the splitter, which cuts
 * between the columns of a chart whose lanes are rows, also cuts a chart whose flow runs down
 * (lanes as columns): between its rows, and between its column lanes when it is too wide. Only
 * shapes and lines are swapped; the pieces are swapped back before anything is drawn.
 */
final class Transposed {
  private Transposed() {}

  /** Whether the lanes are columns with their headers on top (the flow runs down). */
  static boolean columnLanes(DiagramLayout layout) {
    return !layout.lanes().isEmpty() && layout.lanes().get(0).atTop();
  }

  static DiagramLayout of(DiagramLayout l) {
    return new DiagramLayout(
        l.processId(),
        l.height(),
        l.width(),
        l.lanes().stream()
            .map(x -> new LaneLayout(x.role(), x.label(), box(x.bounds()), box(x.header())))
            .toList(),
        l.nodes().stream()
            .map(n -> new NodeLayout(n.stepId(), box(n.bounds()), n.label().map(Transposed::box)))
            .toList(),
        l.edges().stream().map(Transposed::edge).toList());
  }

  static Piece piece(Piece p) {
    return new Piece(
        p.index(),
        box(p.window()),
        of(p.layout()),
        p.leaving().stream().map(Transposed::connector).toList(),
        p.arriving().stream().map(Transposed::connector).toList());
  }

  private static EdgeLayout edge(EdgeLayout e) {
    return new EdgeLayout(
        e.flowIndex(),
        e.from(),
        e.to(),
        e.waypoints().stream().map(Transposed::point).toList(),
        e.label().map(Transposed::box));
  }

  private static Connector connector(Connector c) {
    Connector.Side side =
        switch (c.side()) {
          case LEFT -> Connector.Side.TOP;
          case RIGHT -> Connector.Side.BOTTOM;
          case TOP -> Connector.Side.LEFT;
          case BOTTOM -> Connector.Side.RIGHT;
        };
    return new Connector(c.flowIndex(), c.from(), c.to(), c.otherPiece(), point(c.at()), side);
  }

  static Box box(Box b) {
    return new Box(b.y(), b.x(), b.height(), b.width());
  }

  private static Point point(Point p) {
    return new Point(p.y(), p.x());
  }

  static List<Piece> pieces(List<Piece> pieces) {
    return pieces.stream().map(Transposed::piece).toList();
  }
}
