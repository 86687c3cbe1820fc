package org.flowbook.bpmn.di;

import java.util.List;

/** The drawn path of one sequence flow, from step {@code from} to step {@code to}. */
public record FlowRoute(String from, String to, List<Point> waypoints) {
  public FlowRoute {
    waypoints = List.copyOf(waypoints);
  }
}
