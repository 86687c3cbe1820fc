package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.Step;

/**
 * A process under import: steps and flows still carry BPMN ids, and each step remembers its
 * element. Private to the mapping stage; {@link Renumbering} turns it into a {@link
 * org.flowbook.model.Process}.
 */
final class ProcessDraft {
  final XmlNode element;
  final String processId;
  final String title;
  final String purpose;
  final Map<String, Step> steps = new LinkedHashMap<>();
  final Map<String, XmlNode> nodes = new LinkedHashMap<>();
  final List<DraftFlow> flows = new ArrayList<>();

  ProcessDraft(XmlNode element, String processId, String title, String purpose) {
    this.element = element;
    this.processId = processId;
    this.title = title;
    this.purpose = purpose;
  }

  void add(Step step, XmlNode node) {
    steps.put(step.id(), step);
    nodes.put(step.id(), node);
  }

  void replace(Step step) {
    steps.put(step.id(), step);
  }

  void remove(String stepId) {
    steps.remove(stepId);
    nodes.remove(stepId);
  }

  /** The outgoing flows of every step, in flow order: one pass instead of a scan per step. */
  Map<String, List<DraftFlow>> outgoingIndex() {
    Map<String, List<DraftFlow>> out = new java.util.HashMap<>();
    for (DraftFlow f : flows) {
      out.computeIfAbsent(f.flow().from(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  List<DraftFlow> outgoing(String stepId) {
    return flows.stream().filter(f -> f.flow().from().equals(stepId)).toList();
  }

  List<DraftFlow> incoming(String stepId) {
    return flows.stream().filter(f -> f.flow().to().equals(stepId)).toList();
  }
}
