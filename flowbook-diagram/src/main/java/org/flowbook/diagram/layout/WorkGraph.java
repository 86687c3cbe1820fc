package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;

/** The layouter's working graph: nodes in process order and the flows between drawn steps. */
final class WorkGraph {
  final List<WorkNode> nodes = new ArrayList<>();
  final Map<String, WorkNode> byId = new LinkedHashMap<>();

  /** Flows whose both ends are steps of the process, with their index in the process. */
  final List<WorkEdge> edges = new ArrayList<>();

  private final Map<WorkNode, List<WorkNode>> succ = new java.util.HashMap<>();
  private final Map<WorkNode, List<WorkNode>> pred = new java.util.HashMap<>();

  /** One flow between two known steps. */
  record WorkEdge(int index, Flow flow, WorkNode from, WorkNode to) {}

  WorkGraph(Process p) {
    for (int i = 0; i < p.steps().size(); i++) {
      WorkNode n = new WorkNode(p.steps().get(i), i);
      nodes.add(n);
      byId.put(n.step.id(), n);
    }
    for (WorkNode n : nodes) {
      if (n.step instanceof Event e && e.isBoundary()) {
        WorkNode host = byId.get(e.attachedTo());
        if (host != null && host != n && host.host == null && !(host.step instanceof Event)) {
          n.host = host;
          host.boundary.add(n);
        }
      }
    }
    for (int i = 0; i < p.flows().size(); i++) {
      Flow f = p.flows().get(i);
      WorkNode a = byId.get(f.from());
      WorkNode b = byId.get(f.to());
      if (a != null && b != null) {
        edges.add(new WorkEdge(i, f, a, b));
        succ.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        pred.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
      }
    }
  }

  List<WorkNode> successors(WorkNode n) {
    return succ.getOrDefault(n, List.of());
  }

  List<WorkNode> predecessors(WorkNode n) {
    return pred.getOrDefault(n, List.of());
  }

  /** The grid node that stands for a node in layering: a boundary event's host. */
  static WorkNode gridNode(WorkNode n) {
    return n.host != null ? n.host : n;
  }
}
