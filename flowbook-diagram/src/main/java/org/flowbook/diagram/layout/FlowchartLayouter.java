package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.diagram.text.Conditions;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;
import org.flowbook.model.Process;

/**
 * Lays out a process as a left-to-right flowchart with one horizontal swimlane per role (or, in
 * {@link Direction#DOWN}, top-down with one column per role).
 *
 * <p>The phases, in order: {@link NodeSizer} (shape and label sizes from the shipped font), {@link
 * LaneAssigner} (lane per role, steps without a performer join a neighbour's lane), {@link
 * ElkLayering} (ELK layered: columns and order), {@link ColumnPacker} (hand-overs between lanes
 * share a column), {@link Grid} (rows within lanes), {@link Router} (orthogonal routes through
 * channels and corridors), {@link TrackAssigner} (parallel tracks), {@link Geometry} (pixels). The
 * result is deterministic: the same process gives the same layout.
 */
public final class FlowchartLayouter {
  private FlowchartLayouter() {}

  /**
   * The layout of a process within the {@link LayoutLimits} (else {@link TooLargeToDraw}); an
   * interrupted thread stops it with a {@link java.util.concurrent.CancellationException}.
   */
  public static DiagramLayout layout(Process process) {
    return layout(process, Direction.RIGHT);
  }

  /**
   * The layout in a direction. {@link Direction#DOWN} is the same layout computed in a transposed
   * frame: every shape's size (and label offset) is swapped before the phases and every coordinate
   * swapped back after them, so lanes become columns, the flow runs top-down, and every promise of
   * the left-to-right layout (no overlap, no flow through a step, orthogonal routes, tracks) holds
   * unchanged. Condition labels are placed afterwards, in the final frame.
   */
  public static DiagramLayout layout(Process process, Direction direction) {
    LayoutLimits.require(process);
    boolean down = direction == Direction.DOWN;
    WorkGraph g = new WorkGraph(process);
    g.nodes.forEach(NodeSizer::size);
    if (down) {
      g.nodes.forEach(FlowchartLayouter::transposeSize);
    }
    List<String> roles = LaneAssigner.assign(g.nodes, g.byId, g);
    List<WorkNode> gridNodes = g.nodes.stream().filter(WorkNode::onGrid).toList();
    if (gridNodes.isEmpty()) {
      return down
          ? new DiagramLayout(process.id(), 0, Geometry.HEADER, List.of(), List.of(), List.of())
          : new DiagramLayout(process.id(), Geometry.HEADER, 0, List.of(), List.of(), List.of());
    }
    Cancellation.check();
    ElkLayering.run(gridNodes, g.edges);
    Cancellation.check();
    ColumnPacker packed = ColumnPacker.pack(gridNodes, g);
    Grid grid = Grid.place(gridNodes, roles.size(), g);
    Cancellation.check();
    Router router = new Router(grid, g, process.language(), packed.vertical);
    router.routeAll();
    Cancellation.check();
    Map<Integer, Integer> channelTracks = TrackAssigner.assign(router.channelSegments);
    Map<Integer, Integer> corridorTracks = TrackAssigner.assign(router.corridorSegments);
    Cancellation.check();
    Geometry geo =
        new Geometry(
            grid,
            channelTracks,
            corridorTracks,
            router.leftRoom,
            router.rightRoom,
            router.corridorRoom,
            down ? Geometry.HEADER_DOWN : Geometry.headerWidth(roles));
    geo.placeNodes(g.nodes);

    List<LaneLayout> lanes = new ArrayList<>();
    for (int l = 0; l < roles.size(); l++) {
      double[] band = geo.laneBand(l);
      double h = band[1] - band[0];
      lanes.add(
          new LaneLayout(
              roles.get(l),
              roles.get(l),
              new Box(0, band[0], geo.width, h),
              new Box(0, band[0], geo.header, h)));
    }
    List<NodeLayout> nodes = new ArrayList<>();
    for (WorkNode n : g.nodes) {
      Box b = n.bounds;
      nodes.add(
          new NodeLayout(n.step.id(), b, n.label.map(l -> l.translate(b.centerX(), b.centerY()))));
    }
    List<EdgeLayout> edges = new ArrayList<>();
    Map<WorkNode, Double> stacked = new HashMap<>();
    router.routes.sort(java.util.Comparator.comparingInt(r -> r.edge.index()));
    for (Route r : router.routes) {
      List<Point> pts = r.points(geo);
      edges.add(
          new EdgeLayout(
              r.edge.index(),
              r.edge.flow().from(),
              r.edge.flow().to(),
              pts,
              labelBox(r, geo, pts, stacked, process)));
    }
    Cancellation.check();
    double width = geo.width;
    double height = geo.height;
    if (down) {
      lanes =
          lanes.stream()
              .map(
                  l ->
                      new LaneLayout(
                          l.role(), l.label(), transpose(l.bounds()), transpose(l.header())))
              .toList();
      nodes =
          nodes.stream()
              .map(
                  n ->
                      new NodeLayout(
                          n.stepId(),
                          transpose(n.bounds()),
                          n.label().map(FlowchartLayouter::transpose)))
              .toList();
      edges =
          edges.stream()
              .map(
                  e ->
                      new EdgeLayout(
                          e.flowIndex(),
                          e.from(),
                          e.to(),
                          e.waypoints().stream().map(p -> new Point(p.y(), p.x())).toList(),
                          // the text keeps its size; the placer moves it next to its flow
                          e.label().map(b -> new Box(b.y(), b.x(), b.width(), b.height()))))
              .toList();
      width = geo.height;
      height = geo.width;
    }
    List<EdgeLayout> labelled =
        LabelPlacer.place(edges, nodes, lanes, new Box(0, 0, width, height));
    return new DiagramLayout(process.id(), width, height, lanes, nodes, labelled);
  }

  /** Swaps a shape's width and height and its label's offset, for the transposed frame. */
  private static void transposeSize(WorkNode n) {
    if (n.step instanceof org.flowbook.model.Decision d && d.isWork()) {
      // The diamond goes below the box, so the branches leave from it (DecisionParts).
      double stackedHeight = n.height + DecisionParts.GAP + DecisionParts.DIAMOND;
      n.width = stackedHeight;
      n.height = org.flowbook.diagram.text.Type.BOX_WIDTH;
      n.boundaryInset = DecisionParts.GAP + DecisionParts.DIAMOND;
      n.label =
          NodeSizer.questionBeside(d.question(), stackedHeight / 2 - DecisionParts.DIAMOND / 2)
              .map(FlowchartLayouter::transpose);
      return;
    }
    double w = n.width;
    n.width = n.height;
    n.height = w;
    if (n.step instanceof org.flowbook.model.Event e
        && e.isBoundary()
        && n.host != null
        && n.host.step instanceof org.flowbook.model.Decision d
        && d.isWork()) {
      // Below-right of the event on the box's right side: left of it is the line down to the
      // diamond, right of it its own flow, further down the question.
      n.label =
          n.label.map(
              l -> transpose(new Box(6, NodeSizer.BOUNDARY_EVENT / 2 + 2, l.width(), l.height())));
    } else if (n.step instanceof org.flowbook.model.Event e && e.isBoundary()) {
      n.label = n.label.map(FlowchartLayouter::transpose);
    } else if (n.step instanceof org.flowbook.model.Start
        || n.step instanceof org.flowbook.model.End
        || n.step instanceof org.flowbook.model.Event) {
      // An event's text goes right of it in the final frame, clear of the flows above and below.
      n.label = n.label.map(l -> new Box(-l.height() / 2, l.y(), l.height(), l.width()));
    } else {
      n.label = n.label.map(FlowchartLayouter::transpose);
    }
  }

  private static Box transpose(Box b) {
    return new Box(b.y(), b.x(), b.height(), b.width());
  }

  private static Optional<Box> labelBox(
      Route r, Geometry geo, List<Point> pts, Map<WorkNode, Double> stacked, Process p) {
    if (r.labelPlace == Route.LabelPlace.NONE) {
      return Optional.empty();
    }
    List<String> lines = Conditions.lines(r.edge.flow(), p.language());
    double w = Math.ceil(TextWrap.widest(lines, Type.LABEL, false)) + 4;
    double h = lines.size() * Type.lineHeight(Type.LABEL) + 3;
    if (r.labelPlace == Route.LabelPlace.AFTER_SOURCE) {
      Point start = pts.get(0);
      return Optional.of(new Box(start.x() + 5, start.y() - 3 - h, w, h));
    }
    if (r.labelPlace == Route.LabelPlace.IN_CORRIDOR) {
      double x = r.corridorStart.applyAsDouble(geo);
      double y = geo.corridorLabelTop(r.corridor) + 1;
      return Optional.of(new Box(r.leftward ? x - 6 - w : x + 6, y, w, h));
    }
    WorkNode target = WorkGraph.gridNode(r.edge.to());
    double shift = stacked.getOrDefault(target, 0.0);
    stacked.put(target, shift + h + 2);
    Point end = pts.get(pts.size() - 1);
    return Optional.of(new Box(end.x() - 9 - w, end.y() - 3 - h - shift, w, h));
  }
}
