package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The promises that make flows tell apart (issue 14, item 5): no two unrelated flows share a piece
 * of line, every condition label is clear of steps, lane headers, other labels and other flows,
 * lies beside its own flow, and sits in the first half of the flow's own line (after the trunk it
 * shares with flows from the same step): near its source. Two flows are related when they leave the
 * same step (a fan-out trunk) or enter the same step (a join).
 */
final class EdgeCheck {
  private static final double EPS = 0.01;

  /** How far a label may be from its own flow's line. */
  static final double BESIDE = 12;

  private EdgeCheck() {}

  static List<String> violations(DiagramLayout layout) {
    List<String> out = new ArrayList<>();
    List<EdgeLayout> edges = layout.edges();
    for (int i = 0; i < edges.size(); i++) {
      EdgeLayout a = edges.get(i);
      for (int j = i + 1; j < edges.size(); j++) {
        EdgeLayout b = edges.get(j);
        if (!related(a, b) && shareASegment(a, b)) {
          out.add("edges " + name(a) + " and " + name(b) + " share a segment");
        }
      }
    }
    for (int i = 0; i < edges.size(); i++) {
      EdgeLayout e = edges.get(i);
      if (e.label().isEmpty()) {
        continue;
      }
      Box label = e.label().get();
      Box inner = label.grow(-EPS);
      for (NodeLayout n : layout.nodes()) {
        if (inner.overlaps(n.extent())) {
          out.add("label of " + name(e) + " overlaps node " + n.stepId());
        }
      }
      for (LaneLayout l : layout.lanes()) {
        if (inner.overlaps(l.header())) {
          out.add("label of " + name(e) + " overlaps the header of lane " + l.role());
        }
      }
      for (int j = 0; j < edges.size(); j++) {
        EdgeLayout o = edges.get(j);
        if (j > i && o.label().isPresent() && inner.overlaps(o.label().get())) {
          out.add("labels of " + name(e) + " and " + name(o) + " overlap");
        }
        if (j != i && !related(e, o) && crossesBox(o, inner)) {
          out.add("edge " + name(o) + " runs through the label of " + name(e));
        }
      }
      double[] along = nearest(e.waypoints(), label);
      if (along[0] > BESIDE) {
        out.add("label of " + name(e) + " is " + Math.round(along[0]) + " px from its flow");
      } else {
        double own = ownStart(edges, i);
        if (along[1] > own + (along[2] - own) / 2 + EPS) {
          out.add("label of " + name(e) + " sits in the second half of its own line");
        }
      }
    }
    return out;
  }

  private static String name(EdgeLayout e) {
    return e.from() + "->" + e.to();
  }

  static boolean related(EdgeLayout a, EdgeLayout b) {
    return a.from().equals(b.from()) || a.to().equals(b.to());
  }

  /** Whether a horizontal or vertical piece of one lies on a piece of the other for over 1 px. */
  static boolean shareASegment(EdgeLayout a, EdgeLayout b) {
    List<Point> p = a.waypoints();
    List<Point> q = b.waypoints();
    for (int i = 1; i < p.size(); i++) {
      for (int j = 1; j < q.size(); j++) {
        if (overlapLength(p.get(i - 1), p.get(i), q.get(j - 1), q.get(j)) > 1) {
          return true;
        }
      }
    }
    return false;
  }

  private static double overlapLength(Point a1, Point a2, Point b1, Point b2) {
    boolean ah = Math.abs(a1.y() - a2.y()) < EPS;
    boolean bh = Math.abs(b1.y() - b2.y()) < EPS;
    boolean av = Math.abs(a1.x() - a2.x()) < EPS;
    boolean bv = Math.abs(b1.x() - b2.x()) < EPS;
    if (ah && bh && Math.abs(a1.y() - b1.y()) < 0.5) {
      return Math.min(Math.max(a1.x(), a2.x()), Math.max(b1.x(), b2.x()))
          - Math.max(Math.min(a1.x(), a2.x()), Math.min(b1.x(), b2.x()));
    }
    if (av && bv && Math.abs(a1.x() - b1.x()) < 0.5) {
      return Math.min(Math.max(a1.y(), a2.y()), Math.max(b1.y(), b2.y()))
          - Math.max(Math.min(a1.y(), a2.y()), Math.min(b1.y(), b2.y()));
    }
    return 0;
  }

  private static boolean crossesBox(EdgeLayout e, Box b) {
    List<Point> pts = e.waypoints();
    for (int k = 1; k < pts.size(); k++) {
      if (LayoutCheck.crosses(pts.get(k - 1), pts.get(k), b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The distance from the box to the nearest point of the polyline, how far along the line that
   * point lies, and the line's whole length.
   */
  static double[] nearest(List<Point> pts, Box b) {
    double best = Double.MAX_VALUE;
    double bestAlong = 0;
    double walked = 0;
    for (int k = 1; k < pts.size(); k++) {
      Point u = pts.get(k - 1);
      Point v = pts.get(k);
      double len = length(u, v);
      // The pieces are axis-parallel: the nearest point is the first one, in the direction of
      // travel, whose coordinate along the piece lies within the box's range (else the near end).
      double t = 0;
      if (len > 0) {
        boolean horizontal = Math.abs(u.y() - v.y()) < EPS;
        double from = horizontal ? u.x() : u.y();
        double to = horizontal ? v.x() : v.y();
        double lo = horizontal ? b.x() : b.y();
        double hi = horizontal ? b.right() : b.bottom();
        double target =
            to >= from ? Math.max(from, Math.min(lo, to)) : Math.min(from, Math.max(hi, to));
        t = Math.abs(target - from) / len;
      }
      double x = u.x() + (v.x() - u.x()) * t;
      double y = u.y() + (v.y() - u.y()) * t;
      double dx = Math.max(0, Math.max(b.x() - x, x - b.right()));
      double dy = Math.max(0, Math.max(b.y() - y, y - b.bottom()));
      double d = Math.hypot(dx, dy);
      if (d < best - 1e-9) {
        best = d;
        bestAlong = walked + len * t;
      }
      walked += len;
    }
    return new double[] {best, bestAlong, walked};
  }

  /** How far along the flow its line stops running on a sibling's (same source) line. */
  static double ownStart(List<EdgeLayout> edges, int index) {
    EdgeLayout e = edges.get(index);
    double own = 0;
    for (int j = 0; j < edges.size(); j++) {
      EdgeLayout o = edges.get(j);
      if (j != index && o.from().equals(e.from())) {
        own = Math.max(own, commonPrefix(e.waypoints(), o.waypoints()));
      }
    }
    return own;
  }

  /** The length two polylines run together from their starts (piece by piece, exact). */
  static double commonPrefix(List<Point> a, List<Point> b) {
    if (a.isEmpty() || b.isEmpty() || !same(a.get(0), b.get(0))) {
      return 0;
    }
    int i = 1;
    int j = 1;
    Point at = a.get(0);
    double together = 0;
    while (i < a.size() && j < b.size()) {
      Point na = a.get(i);
      Point nb = b.get(j);
      double la = length(at, na);
      double lb = length(at, nb);
      if (la < 1e-9) {
        i++;
        continue;
      }
      if (lb < 1e-9) {
        j++;
        continue;
      }
      double dax = (na.x() - at.x()) / la;
      double day = (na.y() - at.y()) / la;
      double dbx = (nb.x() - at.x()) / lb;
      double dby = (nb.y() - at.y()) / lb;
      if (Math.abs(dax - dbx) > 1e-6 || Math.abs(day - dby) > 1e-6) {
        break;
      }
      double step = Math.min(la, lb);
      together += step;
      at = new Point(at.x() + dax * step, at.y() + day * step);
      if (la <= step + 1e-9) {
        i++;
      }
      if (lb <= step + 1e-9) {
        j++;
      }
    }
    return together;
  }

  private static boolean same(Point p, Point q) {
    return Math.abs(p.x() - q.x()) < 0.5 && Math.abs(p.y() - q.y()) < 0.5;
  }

  static double total(List<Point> pts) {
    double t = 0;
    for (int k = 1; k < pts.size(); k++) {
      t += length(pts.get(k - 1), pts.get(k));
    }
    return t;
  }

  /** The point at a distance along a polyline (its end beyond). */
  static Point at(List<Point> pts, double d) {
    double left = d;
    for (int k = 1; k < pts.size(); k++) {
      Point u = pts.get(k - 1);
      Point v = pts.get(k);
      double len = length(u, v);
      if (left <= len && len > 0) {
        double t = left / len;
        return new Point(u.x() + (v.x() - u.x()) * t, u.y() + (v.y() - u.y()) * t);
      }
      left -= len;
    }
    return pts.get(pts.size() - 1);
  }

  private static double length(Point u, Point v) {
    return Math.abs(u.x() - v.x()) + Math.abs(u.y() - v.y());
  }
}
