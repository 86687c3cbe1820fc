package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;

/**
 * Phase: packs columns. ELK gives every step of a chain its own layer, so a hand-over from one lane
 * to another ("1 in sales, then 2 in the warehouse") costs a column each and a 12-step process is
 * four screens wide. Here a task whose only predecessor is a task in another lane (with that one as
 * its only successor) moves into its predecessor's column; the flow between them becomes one
 * vertical arrow. The cells that arrow passes through stay empty, so it never crosses a step; every
 * other step takes the first free column after its predecessors (longest path over the forward
 * flows, ELK's order kept). Loops and flows against the flow are routed by the {@link Router} as
 * before, whatever the columns.
 */
final class ColumnPacker {
  /** The flows drawn as a vertical arrow between two steps of one column. */
  final Set<WorkGraph.WorkEdge> vertical = new HashSet<>();

  private ColumnPacker() {}

  static ColumnPacker pack(List<WorkNode> gridNodes, WorkGraph g) {
    ColumnPacker packer = new ColumnPacker();
    packer.run(gridNodes, g);
    return packer;
  }

  private void run(List<WorkNode> gridNodes, WorkGraph g) {
    Map<WorkNode, Integer> elk = new HashMap<>();
    gridNodes.forEach(n -> elk.put(n, n.layer));
    List<WorkNode> order = new ArrayList<>(gridNodes);
    order.sort(
        Comparator.comparingInt((WorkNode n) -> n.layer)
            .thenComparingDouble(n -> n.order)
            .thenComparingInt(n -> n.index));
    Map<WorkNode, Integer> column = new HashMap<>();
    // Cells a vertical arrow owns: lane * 1_000_003 + column.
    Set<Long> reserved = new HashSet<>();
    // Cells an arrow passes through (not its ends), and the direction each packed step was
    // reached in (+1 from above).
    Set<Long> through = new HashSet<>();
    Map<WorkNode, Integer> arrived = new HashMap<>();
    Map<Long, Integer> used = new HashMap<>();
    Map<WorkNode, WorkGraph.WorkEdge> incoming = new HashMap<>();
    Map<WorkNode, Integer> inDegree = new HashMap<>();
    Map<WorkNode, Integer> outDegree = new HashMap<>();
    for (WorkGraph.WorkEdge e : g.edges) {
      WorkNode a = WorkGraph.gridNode(e.from());
      WorkNode b = WorkGraph.gridNode(e.to());
      inDegree.merge(b, 1, Integer::sum);
      outDegree.merge(a, 1, Integer::sum);
      incoming.put(b, e);
    }
    for (WorkNode n : order) {
      int base = 0;
      for (WorkNode p : g.predecessors(n)) {
        WorkNode q = WorkGraph.gridNode(p);
        if (elk.get(q) < elk.get(n) && column.containsKey(q)) {
          base = Math.max(base, column.get(q) + 1);
        }
      }
      WorkGraph.WorkEdge in = incoming.get(n);
      if (inDegree.getOrDefault(n, 0) == 1 && packable(in, n, outDegree, elk)) {
        WorkNode p = in.from();
        int c = column.get(p);
        int lo = Math.min(p.lane, n.lane);
        int hi = Math.max(p.lane, n.lane);
        int down = n.lane > p.lane ? 1 : -1;
        // The source's own cell holds the source only (a step below it would be crossed), and an
        // arrow may leave it on the side its incoming arrow did not use.
        boolean free =
            used.getOrDefault(key(p.lane, c), 0) <= 1
                && !through.contains(key(p.lane, c))
                && arrived.getOrDefault(p, down) == down
                && used.getOrDefault(key(n.lane, c), 0) == 0
                && !reserved.contains(key(n.lane, c));
        for (int l = lo + 1; l < hi && free; l++) {
          free = used.getOrDefault(key(l, c), 0) == 0 && !reserved.contains(key(l, c));
        }
        if (free) {
          for (int l = lo; l <= hi; l++) {
            reserved.add(key(l, c));
            if (l != lo && l != hi) {
              through.add(key(l, c));
            }
          }
          arrived.put(n, down);
          column.put(n, c);
          used.merge(key(n.lane, c), 1, Integer::sum);
          vertical.add(in);
          continue;
        }
      }
      int c = base;
      while (reserved.contains(key(n.lane, c))) {
        c++;
      }
      column.put(n, c);
      used.merge(key(n.lane, c), 1, Integer::sum);
    }
    gridNodes.forEach(n -> n.layer = column.get(n));
  }

  private static boolean packable(
      WorkGraph.WorkEdge e,
      WorkNode n,
      Map<WorkNode, Integer> outDegree,
      Map<WorkNode, Integer> elk) {
    if (e == null) {
      return false;
    }
    WorkNode p = e.from();
    return p.onGrid()
        && p != n
        && p.lane != n.lane
        && elk.get(p) < elk.get(n)
        && outDegree.getOrDefault(p, 0) == 1
        && task(p)
        && task(n)
        && (e.flow().label() == null || e.flow().label().isBlank());
  }

  /** A plain box: no external label and no boundary event above or below it. */
  private static boolean task(WorkNode n) {
    return (n.step instanceof Activity || n.step instanceof Call)
        && n.label.isEmpty()
        && n.boundary.isEmpty();
  }

  private static long key(int lane, int column) {
    return lane * 1_000_003L + column;
  }
}
