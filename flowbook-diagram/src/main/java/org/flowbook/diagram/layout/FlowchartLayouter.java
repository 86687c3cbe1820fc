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
 * Lays out a process as a left-to-right flowchart with one horizontal swimlane per role.
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
    LayoutLimits.require(process);
    WorkGraph g = new WorkGraph(process);
    g.nodes.forEach(NodeSizer::size);
    List<String> roles = LaneAssigner.assign(g.nodes, g.byId, g);
    List<WorkNode> gridNodes = g.nodes.stream().filter(WorkNode::onGrid).toList();
    if (gridNodes.isEmpty()) {
      return new DiagramLayout(process.id(), Geometry.HEADER, 0, List.of(), List.of(), List.of());
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
            Geometry.headerWidth(roles));
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
    List<EdgeLayout> labelled =
        LabelPlacer.place(edges, nodes, lanes, new Box(0, 0, geo.width, geo.height));
    return new DiagramLayout(process.id(), geo.width, geo.height, lanes, nodes, labelled);
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
