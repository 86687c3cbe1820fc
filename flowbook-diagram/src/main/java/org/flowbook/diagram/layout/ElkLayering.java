package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Phase: the Eclipse Layout Kernel's layered algorithm decides each step's layer (column) and its
 * order within the layer. Loops are taken out first ({@link BackEdges}): Flowbook routes them
 * itself below the rows, and ELK would otherwise pull a long chain of dummy nodes through every
 * layer a loop spans, which costs seconds on large processes. ELK layers by network simplex and
 * minimizes crossings with the model order (steps sorted by lane, then process order) as
 * tie-breaker, so a layer's steps come out grouped by lane. Its node placement and routing are not
 * used: lanes are bands Flowbook places itself (see
 * docs/decisions/0101-lanes-over-elk-layering.md).
 */
final class ElkLayering {
  private static final double SIZE = 40;

  /**
   * Above this many steps ELK's model-order sorting takes minutes (it grows much faster than the
   * graph), so large processes are ordered by crossing minimization alone.
   */
  static final int MODEL_ORDER_LIMIT = 250;

  /** Above this many steps ELK's crossing minimization is skipped (see the module README). */
  static final int HUGE = 600;

  private ElkLayering() {}

  static void run(List<WorkNode> gridNodes, List<WorkGraph.WorkEdge> edges) {
    // Loading the metadata service registers ELK's option types (ElkReflect); needed without OSGi.
    LayoutMetaDataService.getInstance();
    List<WorkNode> sorted = new ArrayList<>(gridNodes);
    sorted.sort(Comparator.comparingInt((WorkNode n) -> n.lane).thenComparingInt(n -> n.index));
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DEPTH_FIRST);
    graph.setProperty(
        LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
        sorted.size() <= MODEL_ORDER_LIMIT
            ? OrderingStrategy.NODES_AND_EDGES
            : OrderingStrategy.NONE);
    graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    // Only layers and order are used, so ELK's cheapest placement does; big graphs get one
    // crossing-minimization sweep instead of seven.
    graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
    boolean big = sorted.size() > MODEL_ORDER_LIMIT;
    graph.setProperty(LayeredOptions.THOROUGHNESS, big ? 1 : 7);
    if (big) {
      graph.setProperty(
          LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
      if (sorted.size() > HUGE) {
        // Steps come in lane and process order, which is what the grid keeps anyway.
        graph.setProperty(
            LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.NONE);
      }
    }
    graph.setProperty(LayeredOptions.RANDOM_SEED, 1);
    Map<WorkNode, ElkNode> elk = new IdentityHashMap<>();
    for (WorkNode n : sorted) {
      ElkNode e = ElkGraphUtil.createNode(graph);
      e.setIdentifier("n" + n.index);
      e.setDimensions(SIZE, SIZE);
      elk.put(n, e);
    }
    Set<WorkGraph.WorkEdge> back = BackEdges.find(sorted, edges);
    for (WorkGraph.WorkEdge e : edges) {
      WorkNode a = WorkGraph.gridNode(e.from());
      WorkNode b = WorkGraph.gridNode(e.to());
      if (a != b && !back.contains(e)) {
        ElkGraphUtil.createSimpleEdge(elk.get(a), elk.get(b));
      }
    }
    new LayeredLayoutProvider().layout(graph, Cancellation.monitor());
    Cancellation.check();
    TreeSet<Double> xs = new TreeSet<>();
    for (WorkNode n : sorted) {
      xs.add(round(elk.get(n).getX()));
    }
    List<Double> layers = new ArrayList<>(xs);
    for (WorkNode n : sorted) {
      ElkNode e = elk.get(n);
      n.layer = layers.indexOf(round(e.getX()));
      n.order = e.getY();
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
