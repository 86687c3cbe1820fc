package org.flowbook.diagram.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;

/**
 * Lays out a graph map with ELK layered, left to right, with ELK's own orthogonal routing and
 * edge-label placement (a graph map has no lanes, so ELK does all of it).
 */
final class GraphMapLayout {
  static final double CIRCLE = 30;

  record Placed(GraphNode node, Box box, List<String> lines) {}

  record Routed(GraphEdge edge, List<Point> points, Optional<Box> label) {}

  final List<Placed> nodes = new ArrayList<>();
  final List<Routed> edges = new ArrayList<>();
  double width;
  double height;

  GraphMapLayout(GraphMap map) {
    LayoutMetaDataService.getInstance();
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DEPTH_FIRST);
    root.setProperty(
        LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 16.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
    root.setProperty(LayeredOptions.PADDING, new ElkPadding(16));
    root.setProperty(LayeredOptions.RANDOM_SEED, 1);
    Map<String, ElkNode> elk = new LinkedHashMap<>();
    Map<ElkNode, List<String>> lines = new LinkedHashMap<>();
    for (GraphNode n : map.nodes()) {
      ElkNode e = ElkGraphUtil.createNode(root);
      if (n.kind() == GraphNode.Kind.BOX) {
        List<String> l = new ArrayList<>();
        for (String part : n.label().split("\n", -1)) {
          l.addAll(TextWrap.wrap(part, 140, Type.NODE, false, 3));
        }
        double w = Math.max(90, Math.ceil(TextWrap.widest(l, Type.NODE, false)) + 24);
        double h = Math.max(40, l.size() * Type.lineHeight(Type.NODE) + 18);
        e.setDimensions(w, h);
        lines.put(e, l);
      } else {
        e.setDimensions(CIRCLE, CIRCLE);
        lines.put(e, List.of());
      }
      elk.put(n.id(), e);
    }
    Map<ElkEdge, GraphEdge> edgeOf = new LinkedHashMap<>();
    for (GraphEdge ge : map.edges()) {
      ElkEdge e = ElkGraphUtil.createSimpleEdge(elk.get(ge.from()), elk.get(ge.to()));
      if (!ge.label().isEmpty()) {
        ElkLabel label = ElkGraphUtil.createLabel(ge.label(), e);
        label.setDimensions(
            Math.ceil(org.flowbook.diagram.text.Fonts.width(ge.label(), Type.SMALL, false)) + 6,
            Type.lineHeight(Type.SMALL) + 2);
      }
      edgeOf.put(e, ge);
    }
    new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
    for (GraphNode n : map.nodes()) {
      ElkNode e = elk.get(n.id());
      nodes.add(
          new Placed(n, new Box(e.getX(), e.getY(), e.getWidth(), e.getHeight()), lines.get(e)));
    }
    for (Map.Entry<ElkEdge, GraphEdge> en : edgeOf.entrySet()) {
      ElkEdge e = en.getKey();
      List<Point> pts = new ArrayList<>();
      for (ElkEdgeSection s : e.getSections()) {
        pts.add(new Point(s.getStartX(), s.getStartY()));
        for (ElkBendPoint b : s.getBendPoints()) {
          pts.add(new Point(b.getX(), b.getY()));
        }
        pts.add(new Point(s.getEndX(), s.getEndY()));
      }
      if (pts.size() < 2) {
        continue;
      }
      Optional<Box> label =
          e.getLabels().isEmpty()
              ? Optional.empty()
              : Optional.of(
                  new Box(
                      e.getLabels().get(0).getX(),
                      e.getLabels().get(0).getY(),
                      e.getLabels().get(0).getWidth(),
                      e.getLabels().get(0).getHeight()));
      edges.add(new Routed(en.getValue(), pts, label));
    }
    width = root.getWidth();
    height = root.getHeight();
  }
}
