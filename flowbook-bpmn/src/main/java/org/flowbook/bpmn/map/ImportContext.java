package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.bpmn.read.BpmnIndex;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;

/** What all scopes of one import share: lookups, findings, and the processes made so far. */
final class ImportContext {
  final BpmnIndex index;
  final Findings findings;
  final DataNames data;
  final TaskReader tasks;
  final Ids ids = new Ids();
  final List<ProcessDraft> drafts = new ArrayList<>();

  /** The draft each BPMN flow node ended up in, for message flows. */
  final Map<String, ProcessDraft> draftOfNode = new HashMap<>();

  /** For a node inside an extracted sub-process, the sub-process's own id one scope up. */
  final Map<String, String> enclosingCall = new HashMap<>();

  /** The Flowbook id of each BPMN process, decided before any is mapped so calls can use it. */
  final Map<String, String> processIds = new HashMap<>();

  /** Role names declared by lanes and pools, in order of first appearance. */
  final List<String> roles = new ArrayList<>();

  /** Every sequence flow met while mapping; read once all scopes are mapped. */
  final List<XmlNode> flows = new ArrayList<>();

  ImportContext(BpmnIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
    this.data = new DataNames(index);
    this.tasks = new TaskReader(index, findings, data);
  }

  /**
   * Boundary events that belong to {@code scope} (their activity is in it) but are written
   * elsewhere in the file, as some tools do.
   */
  List<XmlNode> boundariesWrittenElsewhere(XmlNode scope) {
    return index
        .root()
        .descendants()
        .filter(n -> n.is(Ns.MODEL, "boundaryEvent"))
        .filter(n -> index.parent(n).orElse(null) != scope)
        .filter(
            n ->
                n.reference("attachedToRef")
                    .flatMap(index::get)
                    .flatMap(index::parent)
                    .map(p -> p == scope)
                    .orElse(false))
        .toList();
  }

  void declareRole(String role) {
    if (!role.isEmpty() && !roles.contains(role)) {
      roles.add(role);
    }
  }
}
