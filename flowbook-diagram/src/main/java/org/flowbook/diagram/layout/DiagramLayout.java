package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The geometry of one process diagram: lanes, steps and flows, with every coordinate inside {@code
 * [0, width] x [0, height]}. It holds no text or styling: a renderer takes the process for those.
 * Flowbook computes it with {@link FlowchartLayouter}; a BPMN file's own diagram interchange can be
 * turned into one with {@link #fitted} and drawn by the same renderer.
 *
 * @param processId the id of the process it draws
 * @param lanes the swimlanes from top to bottom (may be empty when a source has none)
 * @param nodes one entry per drawn step, in process order
 * @param edges one entry per drawn flow, in process order
 */
public record DiagramLayout(
    String processId,
    double width,
    double height,
    List<LaneLayout> lanes,
    List<NodeLayout> nodes,
    List<EdgeLayout> edges) {

  public DiagramLayout {
    Objects.requireNonNull(processId, "processId");
    if (!(width >= 0) || !(height >= 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
      throw new IllegalArgumentException("diagram size must be finite: " + width + " x " + height);
    }
    lanes = List.copyOf(lanes);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A layout from coordinates in any frame (e.g. a BPMN file's DI, which may start anywhere or be
   * negative): everything is moved so that the drawing starts at {@code margin} from the top left,
   * and the size is the extent plus the margin on every side.
   */
  public static DiagramLayout fitted(
      String processId,
      List<LaneLayout> lanes,
      List<NodeLayout> nodes,
      List<EdgeLayout> edges,
      double margin) {
    Optional<Box> extent = Optional.empty();
    List<Box> all = new ArrayList<>();
    lanes.forEach(l -> all.add(l.bounds()));
    nodes.forEach(n -> all.add(n.extent()));
    for (EdgeLayout e : edges) {
      e.waypoints().forEach(p -> all.add(new Box(p.x(), p.y(), 0, 0)));
      e.label().ifPresent(all::add);
    }
    for (Box b : all) {
      extent = Optional.of(extent.map(b::union).orElse(b));
    }
    Box box = extent.orElse(new Box(0, 0, 0, 0));
    double dx = margin - box.x();
    double dy = margin - box.y();
    return new DiagramLayout(
        processId,
        box.width() + 2 * margin,
        box.height() + 2 * margin,
        lanes.stream().map(l -> l.translate(dx, dy)).toList(),
        nodes.stream().map(n -> n.translate(dx, dy)).toList(),
        edges.stream().map(e -> e.translate(dx, dy)).toList());
  }

  public Optional<NodeLayout> node(String stepId) {
    return nodes.stream().filter(n -> n.stepId().equals(stepId)).findFirst();
  }

  /** The route of the flow at this position of the process's flow list. */
  public Optional<EdgeLayout> edge(int flowIndex) {
    return edges.stream().filter(e -> e.flowIndex() == flowIndex).findFirst();
  }

  /** The lane of a role (matched ignoring case). */
  public Optional<LaneLayout> lane(String role) {
    return lanes.stream().filter(l -> l.role().equalsIgnoreCase(role)).findFirst();
  }
}
