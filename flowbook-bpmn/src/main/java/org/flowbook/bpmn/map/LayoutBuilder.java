package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.bpmn.di.DiagramInterchange;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.EdgeLayout;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.layout.Point;
import org.flowbook.model.Flow;

/**
 * Turns a file's drawing of one process (its DI) into a {@link DiagramLayout} keyed by the steps'
 * new ids, so the author's layout can be rendered by Flowbook's renderer. A flow that stands for
 * several BPMN flows (a dissolved merge gateway) gets their routes joined.
 */
final class LayoutBuilder {
  /** The width of a lane's header strip, as BPMN tools draw it. */
  static final double LANE_HEADER = 30;

  private LayoutBuilder() {}

  static Optional<DiagramLayout> build(
      ProcessDraft draft,
      Map<String, String> ids,
      List<DraftFlow> flows,
      DiagramInterchange di,
      Map<String, XmlNode> lanes) {
    List<NodeLayout> nodes = new ArrayList<>();
    ids.forEach(
        (bpmnId, id) ->
            di.shape(bpmnId).ifPresent(b -> nodes.add(new NodeLayout(id, b, di.label(bpmnId)))));
    if (nodes.isEmpty()) {
      return Optional.empty();
    }
    List<LaneLayout> laneBands = new ArrayList<>();
    lanes.forEach(
        (role, lane) ->
            di.shape(lane.id())
                .ifPresent(
                    b ->
                        laneBands.add(
                            new LaneLayout(
                                role,
                                role,
                                b,
                                new Box(
                                    b.x(), b.y(), Math.min(LANE_HEADER, b.width()), b.height())))));
    List<EdgeLayout> edges = new ArrayList<>();
    for (int i = 0; i < flows.size(); i++) {
      List<Point> points = new ArrayList<>();
      flows.get(i).segments().forEach(seg -> di.edge(seg).ifPresent(points::addAll));
      Flow f = flows.get(i).flow();
      if (points.size() >= 2) {
        Optional<Box> label =
            flows.get(i).segments().isEmpty()
                ? Optional.empty()
                : di.label(flows.get(i).segments().get(0));
        edges.add(new EdgeLayout(i, f.from(), f.to(), points, label));
      }
    }
    return Optional.of(DiagramLayout.fitted(draft.processId, laneBands, nodes, edges, 20));
  }
}
