package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.bpmn.di.Bounds;
import org.flowbook.bpmn.di.DiagramInterchange;
import org.flowbook.bpmn.di.FlowRoute;
import org.flowbook.bpmn.di.Point;
import org.flowbook.bpmn.di.ProcessLayout;
import org.flowbook.bpmn.xml.XmlNode;

/** Re-keys a file's drawing of one process from BPMN ids to the steps' new ids. */
final class LayoutBuilder {
  private LayoutBuilder() {}

  static Optional<ProcessLayout> build(
      ProcessDraft draft,
      Map<String, String> ids,
      DiagramInterchange di,
      Optional<String> participantId,
      Map<String, XmlNode> lanes) {
    Map<String, Bounds> steps = new LinkedHashMap<>();
    ids.forEach((bpmnId, id) -> di.shape(bpmnId).ifPresent(b -> steps.put(id, b)));
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Bounds> laneBands = new LinkedHashMap<>();
    lanes.forEach((role, lane) -> di.shape(lane.id()).ifPresent(b -> laneBands.put(role, b)));
    List<FlowRoute> routes = new ArrayList<>();
    for (String from : ids.keySet()) {
      for (DraftFlow f : draft.outgoing(from)) {
        List<Point> points = new ArrayList<>();
        f.segments().forEach(seg -> di.edge(seg).ifPresent(points::addAll));
        if (!points.isEmpty()) {
          routes.add(new FlowRoute(ids.get(from), ids.get(f.flow().to()), points));
        }
      }
    }
    Optional<Bounds> pool = participantId.flatMap(di::shape);
    if (pool.isEmpty()) {
      pool = di.shape(draft.element.id()).filter(b -> !draft.element.name().equals("process"));
    }
    return Optional.of(new ProcessLayout(draft.processId, pool, laneBands, steps, routes));
  }
}
