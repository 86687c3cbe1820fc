package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phase: moves every condition label next to the first piece of line that is its flow's own (after
 * the trunk it shares with its siblings from the same decision), as near the source as it fits
 * clear of steps, lane headers, other labels and other flows. Labels used to sit before the target,
 * where the labels of two flows into one step stacked ("nej (3 %)" over "nej (10 %)") and seemed to
 * name each other's line. A label that finds no free place keeps the router's place.
 */
final class LabelPlacer {
  private static final double GAP = 4;
  private static final double STEP = 6;

  /** Room kept, where it can be, between a label and any other flow's line. */
  private static final double CLEAR = 6;

  private final List<EdgeLayout> edges;
  private final List<Box> obstacles = new ArrayList<>();
  private final List<Box> placed = new ArrayList<>();
  private final Box canvas;

  private LabelPlacer(
      List<EdgeLayout> edges, List<NodeLayout> nodes, List<LaneLayout> lanes, Box canvas) {
    this.edges = edges;
    this.canvas = canvas;
    nodes.forEach(n -> obstacles.add(n.extent()));
    lanes.forEach(l -> obstacles.add(l.header()));
  }

  /** The edges with their labels moved, in the same order. */
  static List<EdgeLayout> place(
      List<EdgeLayout> edges, List<NodeLayout> nodes, List<LaneLayout> lanes, Box canvas) {
    return new LabelPlacer(edges, nodes, lanes, canvas).run();
  }

  private List<EdgeLayout> run() {
    List<EdgeLayout> out = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      Cancellation.check();
      EdgeLayout e = edges.get(i);
      if (e.label().isEmpty()) {
        out.add(e);
        continue;
      }
      Box chosen = best(i, e.label().get()).orElse(e.label().get());
      placed.add(chosen);
      out.add(new EdgeLayout(e.flowIndex(), e.from(), e.to(), e.waypoints(), Optional.of(chosen)));
    }
    return out;
  }

  /**
   * The first free place along the flow's own line, within the first half of its own line; strict,
   * then lax.
   */
  private Optional<Box> best(int index, Box label) {
    EdgeLayout e = edges.get(index);
    List<Point> pts = e.waypoints();
    double total = EdgeCheck.total(pts);
    double own = EdgeCheck.ownStart(edges, index);
    double half = own + (total - own) / 2;
    List<Box> candidates = new ArrayList<>();
    double walked = 0;
    for (int k = 1; k < pts.size() && walked <= half; k++) {
      Point u = pts.get(k - 1);
      Point v = pts.get(k);
      double len = length(u, v);
      for (double s = Math.max(0, own - walked) + GAP; s < len - GAP; s += STEP) {
        if (walked + s > half) {
          break;
        }
        addCandidates(candidates, u, v, s, label.width(), label.height(), GAP);
      }
      walked += len;
    }
    // A second row of places a little further out (still beside the line) for crowded spots.
    walked = 0;
    for (int k = 1; k < pts.size() && walked <= half; k++) {
      Point u = pts.get(k - 1);
      Point v = pts.get(k);
      double len = length(u, v);
      for (double s = Math.max(0, own - walked) + GAP; s < len - GAP; s += STEP) {
        if (walked + s > half) {
          break;
        }
        addCandidates(candidates, u, v, s, label.width(), label.height(), 2.5 * GAP);
      }
      walked += len;
    }
    // Only what lies near the flow can be in a candidate's way: filter once per label (a
    // 1,000-step chart has ~200 labels, ~100 candidates each, and thousands of steps and flows).
    Box reach = bounds(pts).grow(Math.max(label.width(), label.height()) + 3 * GAP + CLEAR);
    List<Box> nearObstacles = obstacles.stream().filter(reach::overlaps).toList();
    List<Integer> nearEdges = new ArrayList<>();
    for (int j = 0; j < edges.size(); j++) {
      if (j != index && bounds(edges.get(j).waypoints()).grow(1).overlaps(reach)) {
        nearEdges.add(j);
      }
    }
    for (boolean strict : new boolean[] {true, false}) {
      for (Box c : candidates) {
        if (free(index, c, strict, nearObstacles, nearEdges)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  private static Box bounds(List<Point> pts) {
    double x1 = Double.MAX_VALUE;
    double y1 = Double.MAX_VALUE;
    double x2 = -Double.MAX_VALUE;
    double y2 = -Double.MAX_VALUE;
    for (Point p : pts) {
      x1 = Math.min(x1, p.x());
      y1 = Math.min(y1, p.y());
      x2 = Math.max(x2, p.x());
      y2 = Math.max(y2, p.y());
    }
    return new Box(x1, y1, x2 - x1, y2 - y1);
  }

  /** Beside the piece u→v at distance s from u: above/below a horizontal, right/left a vertical. */
  private static void addCandidates(
      List<Box> out, Point u, Point v, double s, double w, double h, double off) {
    if (Math.abs(u.y() - v.y()) < 1e-6) {
      double dir = Math.signum(v.x() - u.x());
      double x = u.x() + dir * s;
      double left = dir >= 0 ? x : x - w;
      out.add(new Box(left, u.y() - off + 1 - h, w, h));
      out.add(new Box(left, u.y() + off - 1, w, h));
    } else {
      double dir = Math.signum(v.y() - u.y());
      double y = u.y() + dir * s;
      double top = dir >= 0 ? y : y - h;
      out.add(new Box(u.x() + off, top, w, h));
      out.add(new Box(u.x() - off - w, top, w, h));
    }
  }

  private boolean free(
      int index, Box c, boolean strict, List<Box> nearObstacles, List<Integer> nearEdges) {
    if (!canvas.contains(c)) {
      return false;
    }
    Box inner = c.grow(-0.01);
    for (Box o : nearObstacles) {
      if (inner.overlaps(o)) {
        return false;
      }
    }
    for (Box o : placed) {
      if (inner.overlaps(o.grow(2))) {
        return false;
      }
    }
    EdgeLayout self = edges.get(index);
    for (int j : nearEdges) {
      EdgeLayout o = edges.get(j);
      boolean skip = !strict && EdgeCheck.related(self, o);
      if (!skip && crosses(o, strict ? c.grow(CLEAR) : inner)) {
        return false;
      }
    }
    return !crosses(self, inner);
  }

  private static boolean crosses(EdgeLayout e, Box b) {
    List<Point> pts = e.waypoints();
    for (int k = 1; k < pts.size(); k++) {
      if (LayoutCheck.crosses(pts.get(k - 1), pts.get(k), b)) {
        return true;
      }
    }
    return false;
  }

  private static double length(Point u, Point v) {
    return Math.abs(u.x() - v.x()) + Math.abs(u.y() - v.y());
  }
}
