package org.flowbook.diagram.layout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the flows that close a loop: a depth-first search from the starts (then from any step not
 * reached) in process order marks every flow that leads back to a step still on the search path.
 * Without them the flow graph is acyclic, so the rest runs left to right.
 */
final class BackEdges {
  private BackEdges() {}

  static Set<WorkGraph.WorkEdge> find(List<WorkNode> gridNodes, List<WorkGraph.WorkEdge> edges) {
    Map<WorkNode, List<WorkGraph.WorkEdge>> out = new IdentityHashMap<>();
    for (WorkGraph.WorkEdge e : edges) {
      out.computeIfAbsent(WorkGraph.gridNode(e.from()), k -> new java.util.ArrayList<>()).add(e);
    }
    List<WorkNode> roots = new java.util.ArrayList<>();
    gridNodes.stream().filter(n -> n.step instanceof org.flowbook.model.Start).forEach(roots::add);
    List<WorkNode> byIndex = new java.util.ArrayList<>(gridNodes);
    byIndex.sort(java.util.Comparator.comparingInt(n -> n.index));
    roots.addAll(byIndex);
    Map<WorkNode, Integer> state = new HashMap<>();
    Set<WorkGraph.WorkEdge> back = new HashSet<>();
    for (WorkNode root : roots) {
      if (state.containsKey(root)) {
        continue;
      }
      // Iterative DFS: 1 = on the path, 2 = done. Each frame remembers its next edge.
      Deque<WorkNode> stack = new ArrayDeque<>();
      Deque<Integer> next = new ArrayDeque<>();
      stack.push(root);
      next.push(0);
      state.put(root, 1);
      while (!stack.isEmpty()) {
        WorkNode n = stack.peek();
        int i = next.pop();
        List<WorkGraph.WorkEdge> es = out.getOrDefault(n, List.of());
        if (i >= es.size()) {
          state.put(n, 2);
          stack.pop();
          continue;
        }
        next.push(i + 1);
        WorkGraph.WorkEdge e = es.get(i);
        WorkNode m = WorkGraph.gridNode(e.to());
        Integer s = state.get(m);
        if (s == null) {
          state.put(m, 1);
          stack.push(m);
          next.push(0);
        } else if (s == 1) {
          back.add(e);
        }
      }
    }
    return back;
  }
}
