package org.flowbook.capture.drawio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Labels drawn as loose text beside a connector. Many drawings write "yes"/"no" as a text shape
 * next to a decision's connectors instead of as the connector's own label (draw.io's templates do
 * too); such text is the branch label of the nearest connector that has none, when it is close
 * enough to be read as belonging to it.
 */
final class EdgeLabels {
  /** How far (in drawing units, about pixels) a text may sit from its connector. */
  static final double NEAR = 40;

  private static final int LONGEST_LABEL = 40;

  private EdgeLabels() {}

  private record Candidate(MxCell text, MxCell edge, double distance) {}

  /**
   * Adds to {@code labels} (edge id → label) the loose texts that label a connector without one.
   *
   * @return the ids of the text shapes used as labels
   */
  static Set<String> attachLooseText(
      Collection<MxCell> cells,
      Map<String, ShapeKind> kinds,
      Function<MxCell, double[]> bounds,
      Map<String, String> labels) {
    Map<String, MxCell> byId = new HashMap<>();
    cells.forEach(c -> byId.put(c.id(), c));
    List<MxCell> edges =
        cells.stream()
            .filter(MxCell::edge)
            .filter(e -> e.text().isEmpty() && !labels.containsKey(e.id()))
            .filter(e -> byId.containsKey(e.source()) && byId.containsKey(e.target()))
            .toList();
    List<Candidate> candidates = new ArrayList<>();
    for (MxCell t : cells) {
      if (kinds.get(t.id()) != ShapeKind.TEXT
          || t.text().isEmpty()
          || t.text().length() > LONGEST_LABEL
          || byId.containsKey(t.parent()) && byId.get(t.parent()).edge()) {
        continue;
      }
      double[] tb = bounds.apply(t);
      double tx = tb[0] + tb[2] / 2;
      double ty = tb[1] + tb[3] / 2;
      for (MxCell e : edges) {
        double[] a = centre(bounds.apply(byId.get(e.source())));
        double[] b = centre(bounds.apply(byId.get(e.target())));
        double d = pathDistance(tx, ty, a, waypoints(e, byId, bounds), b, Route.of(e.style()));
        if (d > NEAR) {
          continue;
        }
        // a branch label is written near where the branch leaves: of two connectors the text is
        // equally near, it belongs to the one that starts closer to it
        double[] sb = bounds.apply(byId.get(e.source()));
        d += 0.25 * Math.max(0, Math.hypot(tx - a[0], ty - a[1]) - Math.max(sb[2], sb[3]) / 2);
        // a label beside a decision's connector is the usual case: prefer it
        if (kinds.get(e.source()) == ShapeKind.DECISION) {
          d /= 2;
        }
        candidates.add(new Candidate(t, e, d));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::distance));
    Set<String> usedTexts = new HashSet<>();
    for (Candidate c : candidates) {
      if (!usedTexts.contains(c.text.id()) && !labels.containsKey(c.edge.id())) {
        labels.put(c.edge.id(), c.text.text());
        usedTexts.add(c.text.id());
      }
    }
    return usedTexts;
  }

  /** The waypoints in page coordinates: they are written relative to the connector's parent. */
  private static List<double[]> waypoints(
      MxCell e, Map<String, MxCell> byId, Function<MxCell, double[]> bounds) {
    MxCell parent = byId.get(e.parent());
    double[] origin =
        parent != null && parent.vertex() ? bounds.apply(parent) : new double[] {0, 0, 0, 0};
    return e.points().stream().map(p -> new double[] {p[0] + origin[0], p[1] + origin[1]}).toList();
  }

  /** How draw.io draws a connector's legs, from its edge style. */
  private enum Route {
    STRAIGHT,
    HORIZONTAL_FIRST,
    VERTICAL_FIRST,
    EITHER;

    static Route of(MxStyle style) {
      String edgeStyle = style.get("edgestyle").toLowerCase(java.util.Locale.ROOT);
      if (edgeStyle.isEmpty() || edgeStyle.equals("none")) {
        return STRAIGHT;
      }
      if (edgeStyle.equals("elbowedgestyle")) {
        return style.get("elbow").equalsIgnoreCase("vertical") ? VERTICAL_FIRST : HORIZONTAL_FIRST;
      }
      return EITHER;
    }
  }

  /** Distance to the connector drawn from a through the waypoints to b. */
  private static double pathDistance(
      double px, double py, double[] a, List<double[]> waypoints, double[] b, Route route) {
    List<double[]> path = new ArrayList<>();
    path.add(a);
    path.addAll(waypoints);
    path.add(b);
    double best = Double.MAX_VALUE;
    for (int i = 0; i + 1 < path.size(); i++) {
      double[] u = path.get(i);
      double[] v = path.get(i + 1);
      double leg =
          switch (route) {
            case STRAIGHT -> segment(px, py, u[0], u[1], v[0], v[1]);
            case HORIZONTAL_FIRST -> elbow(px, py, u[0], u[1], v[0], v[1], true);
            case VERTICAL_FIRST -> elbow(px, py, u[0], u[1], v[0], v[1], false);
            case EITHER ->
                Math.min(
                    elbow(px, py, u[0], u[1], v[0], v[1], true),
                    elbow(px, py, u[0], u[1], v[0], v[1], false));
          };
      best = Math.min(best, leg);
    }
    return best;
  }

  private static double[] centre(double[] b) {
    return new double[] {b[0] + b[2] / 2, b[1] + b[3] / 2};
  }

  /** Distance to the right-angled path through the corner (bx, ay) or (ax, by). */
  private static double elbow(
      double px, double py, double ax, double ay, double bx, double by, boolean horizontalFirst) {
    double cx = horizontalFirst ? bx : ax;
    double cy = horizontalFirst ? ay : by;
    return Math.min(segment(px, py, ax, ay, cx, cy), segment(px, py, cx, cy, bx, by));
  }

  private static double segment(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len = dx * dx + dy * dy;
    double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
    double x = ax + t * dx - px;
    double y = ay + t * dy - py;
    return Math.sqrt(x * x + y * y);
  }
}
