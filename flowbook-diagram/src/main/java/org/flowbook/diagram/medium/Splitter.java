package org.flowbook.diagram.medium;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.EdgeLayout;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.layout.Point;

/**
 * Cuts a chart into pieces that fit a page: vertical cuts between columns (never through a step,
 * its label, a flow's label or close to a vertical piece of a flow), horizontal cuts between lanes.
 * Each piece repeats the lane headers and keeps {@link #CONNECTOR_ROOM} free at every cut edge for
 * the off-page connectors.
 */
final class Splitter {
  /** Room at a cut edge for an off-page connector (arrow end and the step number tag). */
  static final double CONNECTOR_ROOM = 34;

  private static final double EPS = 1e-6;

  private Splitter() {}

  static List<Piece> whole(DiagramLayout layout) {
    return List.of(new Piece(0, contentBox(layout), layout, List.of(), List.of()));
  }

  private static Box contentBox(DiagramLayout layout) {
    if (Transposed.columnLanes(layout)) {
      return Transposed.box(contentBox(Transposed.of(layout)));
    }
    double header = headerWidth(layout);
    return new Box(header, 0, Math.max(0, layout.width() - header), layout.height());
  }

  static double headerWidth(DiagramLayout layout) {
    return layout.lanes().stream().mapToDouble(l -> l.header().right()).max().orElse(0);
  }

  static List<Piece> split(DiagramLayout layout, Medium medium, double scale) {
    if (Transposed.columnLanes(layout)) {
      // The flow runs down: cut between rows (and between column lanes) of the mirrored chart.
      return Transposed.pieces(
          split(Transposed.of(layout), medium.height(), medium.width(), scale));
    }
    return split(layout, medium.width(), medium.height(), scale);
  }

  private static List<Piece> split(
      DiagramLayout layout, double pageWidth, double pageHeight, double scale) {
    double header = headerWidth(layout);
    double room = pageWidth / scale - header - 2 * CONNECTOR_ROOM;
    double pageH = pageHeight / scale - 2 * CONNECTOR_ROOM;
    List<double[]> columns = columns(layout, header, Math.max(40, room));
    List<double[]> bands = bands(layout, pageH);
    List<Box> windows = new ArrayList<>();
    for (double[] c : columns) {
      for (double[] b : bands) {
        windows.add(new Box(c[0], b[0], c[1] - c[0], b[1] - b[0]));
      }
    }
    Map<String, Integer> pieceOfStep = new TreeMap<>();
    for (NodeLayout n : layout.nodes()) {
      Point c = n.bounds().center();
      for (int i = 0; i < windows.size(); i++) {
        if (inside(c, windows.get(i))) {
          pieceOfStep.putIfAbsent(n.stepId(), i);
        }
      }
    }
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      pieces.add(piece(layout, header, windows.get(i), i, pieceOfStep));
    }
    return pieces;
  }

  /** Column windows [from, to) of at most {@code room} px, cut where nothing is cut through. */
  private static List<double[]> columns(DiagramLayout layout, double header, double room) {
    List<double[]> out = new ArrayList<>();
    double start = header;
    double end = layout.width();
    while (end - start > room + EPS) {
      double cut = -1;
      for (double x = Math.floor(start + room); x > start + 20; x -= 1) {
        if (free(layout, x)) {
          cut = x;
          break;
        }
      }
      if (cut < 0) {
        cut = start + room;
      }
      out.add(new double[] {start, cut});
      start = cut;
    }
    out.add(new double[] {start, end});
    return out;
  }

  /** Whether a vertical cut at x passes through no node, label, or near a vertical flow piece. */
  static boolean free(DiagramLayout layout, double x) {
    for (NodeLayout n : layout.nodes()) {
      Box e = n.extent();
      if (x > e.x() - 6 && x < e.right() + 6) {
        return false;
      }
    }
    for (EdgeLayout e : layout.edges()) {
      if (e.label().isPresent() && x > e.label().get().x() - 4 && x < e.label().get().right() + 4) {
        return false;
      }
      List<Point> pts = e.waypoints();
      for (int k = 1; k < pts.size(); k++) {
        Point u = pts.get(k - 1);
        Point v = pts.get(k);
        if (Math.abs(u.x() - v.x()) < EPS && Math.abs(u.x() - x) < 6) {
          return false;
        }
      }
    }
    return true;
  }

  /** Bands of whole lanes, each at most {@code pageH} high where a lane allows. */
  private static List<double[]> bands(DiagramLayout layout, double pageH) {
    List<double[]> out = new ArrayList<>();
    if (layout.height() <= pageH + 2 * CONNECTOR_ROOM || layout.lanes().isEmpty()) {
      out.add(new double[] {0, layout.height()});
      return out;
    }
    double start = 0;
    double end = start;
    for (LaneLayout l : layout.lanes()) {
      if (l.bounds().bottom() - start > pageH && end > start) {
        out.add(new double[] {start, end});
        start = end;
      }
      end = l.bounds().bottom();
    }
    out.add(new double[] {start, Math.max(end, layout.height())});
    return out;
  }

  private static Piece piece(
      DiagramLayout layout, double header, Box window, int index, Map<String, Integer> pieceOf) {
    boolean cutLeft = window.x() > header + EPS;
    boolean cutRight = window.right() < layout.width() - EPS;
    boolean cutTop = window.y() > EPS;
    boolean cutBottom = window.bottom() < layout.height() - EPS;
    double left = header + (cutLeft ? CONNECTOR_ROOM : 0);
    double top = cutTop ? CONNECTOR_ROOM : 0;
    double dx = left - window.x();
    double dy = top - window.y();
    double width = left + window.width() + (cutRight ? CONNECTOR_ROOM : 0);
    double height = top + window.height() + (cutBottom ? CONNECTOR_ROOM : 0);

    List<LaneLayout> lanes = new ArrayList<>();
    for (LaneLayout l : layout.lanes()) {
      Box b = l.bounds();
      double y1 = Math.max(b.y(), window.y());
      double y2 = Math.min(b.bottom(), window.bottom());
      if (y2 - y1 > EPS) {
        lanes.add(
            new LaneLayout(
                l.role(),
                l.label(),
                new Box(0, y1 + dy, width, y2 - y1),
                new Box(0, y1 + dy, l.header().width(), y2 - y1)));
      }
    }
    List<NodeLayout> nodes = new ArrayList<>();
    for (NodeLayout n : layout.nodes()) {
      if (Integer.valueOf(index).equals(pieceOf.get(n.stepId()))) {
        nodes.add(n.translate(dx, dy));
      }
    }
    List<EdgeLayout> edges = new ArrayList<>();
    List<Connector> leaving = new ArrayList<>();
    List<Connector> arriving = new ArrayList<>();
    for (EdgeLayout e : layout.edges()) {
      Integer from = pieceOf.get(e.from());
      Integer to = pieceOf.get(e.to());
      for (List<Point> part : clip(e.waypoints(), window)) {
        Optional<Box> label = e.label().filter(window::contains).map(b -> b.translate(dx, dy));
        List<Point> moved = part.stream().map(p -> p.translate(dx, dy)).toList();
        edges.add(new EdgeLayout(e.flowIndex(), e.from(), e.to(), moved, label));
      }
      if (from != null && to != null && !from.equals(to)) {
        if (from == index) {
          exit(e.waypoints(), window)
              .ifPresent(
                  x ->
                      leaving.add(
                          new Connector(
                              e.flowIndex(),
                              e.from(),
                              e.to(),
                              to,
                              x.at().translate(dx, dy),
                              x.side())));
        } else if (to == index) {
          List<Point> reversed = new ArrayList<>(e.waypoints());
          java.util.Collections.reverse(reversed);
          exit(reversed, window)
              .ifPresent(
                  x ->
                      arriving.add(
                          new Connector(
                              e.flowIndex(),
                              e.from(),
                              e.to(),
                              from,
                              x.at().translate(dx, dy),
                              x.side())));
        }
      }
    }
    DiagramLayout own = new DiagramLayout(layout.processId(), width, height, lanes, nodes, edges);
    return new Piece(index, window, own, leaving, arriving);
  }

  private record Exit(Point at, Connector.Side side) {}

  /** Where a polyline starting inside the window first leaves it. */
  private static Optional<Exit> exit(List<Point> pts, Box w) {
    for (int k = 1; k < pts.size(); k++) {
      Point u = pts.get(k - 1);
      Point v = pts.get(k);
      if (!inside(u, w)) {
        return Optional.empty();
      }
      if (v.x() > w.right()) {
        return Optional.of(new Exit(new Point(w.right(), u.y()), Connector.Side.RIGHT));
      }
      if (v.x() < w.x()) {
        return Optional.of(new Exit(new Point(w.x(), u.y()), Connector.Side.LEFT));
      }
      if (v.y() > w.bottom()) {
        return Optional.of(new Exit(new Point(u.x(), w.bottom()), Connector.Side.BOTTOM));
      }
      if (v.y() < w.y()) {
        return Optional.of(new Exit(new Point(u.x(), w.y()), Connector.Side.TOP));
      }
    }
    return Optional.empty();
  }

  /** The parts of an orthogonal polyline inside a box, each with at least two points. */
  static List<List<Point>> clip(List<Point> pts, Box w) {
    List<List<Point>> parts = new ArrayList<>();
    List<Point> current = new ArrayList<>();
    for (int k = 1; k < pts.size(); k++) {
      Optional<Point[]> piece = clipSegment(pts.get(k - 1), pts.get(k), w);
      if (piece.isEmpty()) {
        flush(parts, current);
        current = new ArrayList<>();
        continue;
      }
      Point a = piece.get()[0];
      Point b = piece.get()[1];
      if (!current.isEmpty() && !same(current.get(current.size() - 1), a)) {
        flush(parts, current);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        current.add(a);
      }
      current.add(b);
    }
    flush(parts, current);
    return parts;
  }

  private static void flush(List<List<Point>> parts, List<Point> current) {
    if (current.size() >= 2 && !same(current.get(0), current.get(current.size() - 1))) {
      parts.add(List.copyOf(current));
    }
  }

  private static Optional<Point[]> clipSegment(Point u, Point v, Box w) {
    double x1 = clamp(u.x(), w.x(), w.right());
    double y1 = clamp(u.y(), w.y(), w.bottom());
    double x2 = clamp(v.x(), w.x(), w.right());
    double y2 = clamp(v.y(), w.y(), w.bottom());
    boolean horizontal = Math.abs(u.y() - v.y()) < EPS;
    boolean vertical = Math.abs(u.x() - v.x()) < EPS;
    if (horizontal && (u.y() < w.y() - EPS || u.y() > w.bottom() + EPS)) {
      return Optional.empty();
    }
    if (vertical && (u.x() < w.x() - EPS || u.x() > w.right() + EPS)) {
      return Optional.empty();
    }
    if (!horizontal && !vertical) {
      return inside(u, w) && inside(v, w) ? Optional.of(new Point[] {u, v}) : Optional.empty();
    }
    Point a = new Point(x1, y1);
    Point b = new Point(x2, y2);
    return same(a, b) ? Optional.empty() : Optional.of(new Point[] {a, b});
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static boolean inside(Point p, Box w) {
    return p.x() >= w.x() - EPS
        && p.x() <= w.right() + EPS
        && p.y() >= w.y() - EPS
        && p.y() <= w.bottom() + EPS;
  }

  private static boolean same(Point a, Point b) {
    return Math.abs(a.x() - b.x()) < EPS && Math.abs(a.y() - b.y()) < EPS;
  }
}
