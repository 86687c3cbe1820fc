package org.flowbook.bpmn.write;

import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.diagram.layout.Point;

/**
 * Writes BPMN diagram interchange: a shape per pool, lane, flow node and artifact, an edge with
 * waypoints per flow and association. Each process's drawing is moved by an offset so that the
 * pools stack from top to bottom.
 */
final class DiWriter {
  private final XmlElement plane;

  DiWriter(XmlElement plane) {
    this.plane = plane;
  }

  void pool(String participantId, Box bounds) {
    shape(ExportIds.pool(participantId), bounds).attr("isHorizontal", "true");
  }

  /** The lanes, nodes, flows and artifacts of one process, moved by (dx, dy). */
  void process(ProcessPlan plan, Artifacts artifacts, Box content, double dx, double dy) {
    List<LaneLayout> lanes = plan.lanes();
    for (int i = 0; i < lanes.size(); i++) {
      if (lanes.get(i).role().isEmpty()) {
        continue;
      }
      Box band = lanes.get(i).bounds();
      shape(
              SemanticWriter.laneId(plan, i),
              new Box(content.x() + dx, band.y() + dy, content.width(), band.height()))
          .attr("isHorizontal", "true");
    }
    for (PlannedNode n : plan.nodes()) {
      XmlElement s = shape(n.id(), n.bounds().translate(dx, dy));
      if (n.tag().equals("exclusiveGateway")) {
        s.attr("isMarkerVisible", "true");
      }
      if (n.tag().equals("subProcess")) {
        s.attr("isExpanded", "false");
      }
      n.label().ifPresent(l -> bounds(s.add("bpmndi:BPMNLabel"), l.translate(dx, dy)));
    }
    for (PlannedFlow f : plan.flows()) {
      edge(f.id(), f.waypoints(), dx, dy);
    }
    for (Artifacts.Shape a : artifacts.shapes()) {
      shape(a.id(), a.bounds().translate(dx, dy));
    }
    for (Artifacts.Edge e : artifacts.edges()) {
      edge(e.id(), e.waypoints(), dx, dy);
    }
  }

  void edge(String id, List<Point> waypoints, double dx, double dy) {
    XmlElement e = plane.add("bpmndi:BPMNEdge").attr("id", id + "_di").attr("bpmnElement", id);
    for (Point p : waypoints) {
      e.add("di:waypoint").attr("x", p.x() + dx).attr("y", p.y() + dy);
    }
  }

  private XmlElement shape(String id, Box b) {
    XmlElement s = plane.add("bpmndi:BPMNShape").attr("id", id + "_di").attr("bpmnElement", id);
    bounds(s, b);
    return s;
  }

  private static void bounds(XmlElement parent, Box b) {
    parent
        .add("dc:Bounds")
        .attr("x", b.x())
        .attr("y", b.y())
        .attr("width", b.width())
        .attr("height", b.height());
  }
}
