package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowbook.bpmn.read.BpmnIndex;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.EventTrigger;

/** Reads what triggers a BPMN event from its event definitions. */
final class Triggers {
  private Triggers() {}

  private static final Map<String, EventTrigger> BY_DEFINITION =
      Map.ofEntries(
          Map.entry("messageEventDefinition", EventTrigger.MESSAGE),
          Map.entry("timerEventDefinition", EventTrigger.TIMER),
          Map.entry("errorEventDefinition", EventTrigger.ERROR),
          Map.entry("signalEventDefinition", EventTrigger.SIGNAL),
          Map.entry("escalationEventDefinition", EventTrigger.ESCALATION),
          Map.entry("conditionalEventDefinition", EventTrigger.CONDITIONAL),
          Map.entry("compensateEventDefinition", EventTrigger.COMPENSATION),
          Map.entry("linkEventDefinition", EventTrigger.LINK),
          Map.entry("terminateEventDefinition", EventTrigger.TERMINATE),
          Map.entry("cancelEventDefinition", EventTrigger.CANCEL));

  /**
   * The trigger of an event; with several definitions (a "multiple" event) the first is kept and
   * the loss is reported.
   */
  static EventTrigger of(XmlNode event, BpmnIndex index, Findings findings) {
    List<EventTrigger> found = new ArrayList<>();
    for (XmlNode c : event.children()) {
      if (!c.namespace().equals(Ns.MODEL)) {
        continue;
      }
      EventTrigger t = BY_DEFINITION.get(c.name());
      if (t != null) {
        found.add(t);
      } else if (c.name().equals("eventDefinitionRef")) {
        index
            .get(XmlNode.localPart(c.trimmedText()))
            .map(def -> BY_DEFINITION.get(def.name()))
            .ifPresent(found::add);
      }
    }
    if (found.size() > 1) {
      findings.warn(
          "multiple-triggers",
          event,
          "the event has " + found.size() + " triggers " + found + "; Flowbook keeps the first",
          "split it into one event per trigger if each matters");
    }
    return found.isEmpty() ? EventTrigger.NONE : found.get(0);
  }

  /** The name that pairs link events: the link definition's name, else the event's. */
  static String linkName(XmlNode event) {
    return event
        .child(Ns.MODEL, "linkEventDefinition")
        .flatMap(d -> d.attribute("name"))
        .map(Findings::oneLine)
        .orElse(Findings.oneLine(event.attribute("name", "")));
  }
}
