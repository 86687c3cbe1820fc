package org.flowbook.bpmn.write;

import java.util.List;
import java.util.Map;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.model.Process;

/**
 * Everything needed to write one process as BPMN, decided before any XML is written: its nodes and
 * flows with their ids and geometry, its lanes, and which node stands for each step.
 *
 * @param entry for each step id, the node its incoming flows lead to
 * @param exit for each step id, the node its outgoing flows leave from
 * @param extent the area of the drawing (lanes and nodes), in the process's own frame
 */
record ProcessPlan(
    Process process,
    List<PlannedNode> nodes,
    List<PlannedFlow> flows,
    List<LaneLayout> lanes,
    Map<String, String> entry,
    Map<String, String> exit,
    Box extent) {

  ProcessPlan {
    nodes = List.copyOf(nodes);
    flows = List.copyOf(flows);
    lanes = List.copyOf(lanes);
    entry = Map.copyOf(entry);
    exit = Map.copyOf(exit);
  }

  String processElementId() {
    return ExportIds.process(process.id());
  }

  PlannedNode node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }
}
