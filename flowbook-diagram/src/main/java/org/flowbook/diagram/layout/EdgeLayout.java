package org.flowbook.diagram.layout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The route of one sequence flow.
 *
 * @param flowIndex the position of the flow in {@link org.flowbook.model.Process#flows()}
 * @param from the source step id
 * @param to the target step id
 * @param waypoints the polyline from the source's border to the target's border, at least two
 *     points; the arrow head is drawn at the last point
 * @param label where the flow's condition text is written, or empty
 */
public record EdgeLayout(
    int flowIndex, String from, String to, List<Point> waypoints, Optional<Box> label) {
  public EdgeLayout {
    if (flowIndex < 0) {
      throw new IllegalArgumentException("flow index must not be negative: " + flowIndex);
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    waypoints = List.copyOf(waypoints);
    if (waypoints.size() < 2) {
      throw new IllegalArgumentException(
          "the route of flow " + from + " -> " + to + " needs at least two points");
    }
    label = label == null ? Optional.empty() : label;
  }

  public EdgeLayout translate(double dx, double dy) {
    return new EdgeLayout(
        flowIndex,
        from,
        to,
        waypoints.stream().map(p -> p.translate(dx, dy)).toList(),
        label.map(l -> l.translate(dx, dy)));
  }
}
