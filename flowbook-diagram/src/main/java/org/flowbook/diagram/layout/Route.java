package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * An edge's route before coordinates exist: corner points whose x and y are functions of the final
 * geometry (a node's side, a row's center line, a track of a channel or corridor).
 */
final class Route {
  /** Where the condition text goes. */
  enum LabelPlace {
    NONE,
    AFTER_SOURCE,
    BEFORE_TARGET,
    /** In the corridor a loop or detour runs along, next to where it enters the corridor. */
    IN_CORRIDOR
  }

  record Corner(ToDoubleFunction<Geometry> x, ToDoubleFunction<Geometry> y) {}

  final WorkGraph.WorkEdge edge;
  final List<Corner> corners = new ArrayList<>();
  LabelPlace labelPlace = LabelPlace.NONE;

  /** The row of the target (the row the last horizontal piece runs on). */
  int targetRow;

  /** For {@link LabelPlace#IN_CORRIDOR}: the corridor, where the route enters it, its direction. */
  int corridor;

  ToDoubleFunction<Geometry> corridorStart;
  boolean leftward;

  Route(WorkGraph.WorkEdge edge) {
    this.edge = edge;
  }

  Route add(ToDoubleFunction<Geometry> x, ToDoubleFunction<Geometry> y) {
    corners.add(new Corner(x, y));
    return this;
  }

  /** The corner points in pixels, without repeated or collinear middle points. */
  List<Point> points(Geometry g) {
    List<Point> raw = new ArrayList<>();
    for (Corner c : corners) {
      Point p = new Point(c.x().applyAsDouble(g), c.y().applyAsDouble(g));
      if (raw.isEmpty() || !same(raw.get(raw.size() - 1), p)) {
        raw.add(p);
      }
    }
    List<Point> out = new ArrayList<>();
    for (Point p : raw) {
      int n = out.size();
      if (n >= 2 && collinear(out.get(n - 2), out.get(n - 1), p)) {
        out.set(n - 1, p);
      } else {
        out.add(p);
      }
    }
    if (out.size() == 1) {
      out.add(out.get(0));
    }
    return out;
  }

  private static boolean same(Point a, Point b) {
    return Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(a.y() - b.y()) < 1e-6;
  }

  private static boolean collinear(Point a, Point b, Point c) {
    boolean vertical = Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(b.x() - c.x()) < 1e-6;
    boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6 && Math.abs(b.y() - c.y()) < 1e-6;
    if (!vertical && !horizontal) {
      return false;
    }
    // Only merge when the middle point lies between, so a route never folds back on itself.
    return vertical
        ? (b.y() - a.y()) * (c.y() - b.y()) >= 0
        : (b.x() - a.x()) * (c.x() - b.x()) >= 0;
  }
}
