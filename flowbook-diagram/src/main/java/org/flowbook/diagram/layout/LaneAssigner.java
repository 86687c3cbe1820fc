package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Phase: one lane per performing role, in order of first appearance; a step nobody performs
 * (gateway, event, start, end) joins the lane of a neighbour — starts the lane of what follows
 * them, everything else the lane of what leads to it — and a boundary event its activity's lane.
 */
final class LaneAssigner {
  private LaneAssigner() {}

  /** Sets {@link WorkNode#lane} on every node and returns the lane roles, top to bottom. */
  static List<String> assign(List<WorkNode> nodes, Map<String, WorkNode> byId, WorkGraph g) {
    List<String> roles = new ArrayList<>();
    for (WorkNode n : nodes) {
      String role = n.step.performer();
      if (!role.isEmpty() && roles.stream().noneMatch(r -> r.equalsIgnoreCase(role))) {
        roles.add(role);
      }
    }
    for (WorkNode n : nodes) {
      String role = n.step.performer();
      for (int i = 0; i < roles.size() && !role.isEmpty(); i++) {
        if (roles.get(i).equalsIgnoreCase(role)) {
          n.lane = i;
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (WorkNode n : nodes) {
        if (n.lane >= 0) {
          continue;
        }
        int lane = n.host != null ? n.host.lane : -1;
        boolean isStart = n.step instanceof org.flowbook.model.Start;
        if (lane < 0) {
          lane = isStart ? firstLane(g.successors(n)) : firstLane(g.predecessors(n));
        }
        if (lane >= 0) {
          n.lane = lane;
          changed = true;
        }
      }
      if (!changed) {
        for (WorkNode n : nodes) {
          if (n.lane < 0) {
            int lane = firstLane(g.successors(n));
            if (lane < 0) {
              lane = firstLane(g.predecessors(n));
            }
            if (lane >= 0) {
              n.lane = lane;
              changed = true;
              break;
            }
          }
        }
      }
    }
    if (roles.isEmpty()) {
      roles.add("");
    }
    for (WorkNode n : nodes) {
      if (n.lane < 0) {
        n.lane = 0;
      }
    }
    return List.copyOf(roles);
  }

  private static int firstLane(List<WorkNode> neighbours) {
    for (WorkNode m : neighbours) {
      if (m.lane >= 0) {
        return m.lane;
      }
    }
    return -1;
  }
}
