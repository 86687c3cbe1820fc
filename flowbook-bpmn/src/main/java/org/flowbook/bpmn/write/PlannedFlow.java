package org.flowbook.bpmn.write;

import java.util.List;
import org.flowbook.diagram.layout.Point;

/** One BPMN sequence flow to write, between node ids, with its drawn route. */
record PlannedFlow(
    String id,
    String source,
    String target,
    String name,
    boolean isDefault,
    List<Point> waypoints) {
  PlannedFlow {
    waypoints = List.copyOf(waypoints);
  }

  PlannedFlow withTarget(String newTarget, List<Point> newWaypoints) {
    return new PlannedFlow(id, source, newTarget, name, isDefault, newWaypoints);
  }
}
