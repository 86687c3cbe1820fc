package org.flowbook.bpmn.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Call;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/**
 * Writes the semantic part of one process: lanes, flow nodes with their documentation (the
 * instructions), data objects for inputs and outputs, text annotations for notes, and sequence
 * flows, in the element order the BPMN schema requires.
 */
final class SemanticWriter {
  private SemanticWriter() {}

  static void write(XmlElement definitions, ProcessPlan plan, Artifacts artifacts) {
    String pid = plan.process().id();
    XmlElement process =
        definitions
            .add("process")
            .attr("id", plan.processElementId())
            .attr("name", plan.process().title())
            .attr("isExecutable", "false");
    if (!plan.process().purpose().isEmpty()) {
      process.add("documentation").text(plan.process().purpose());
    }
    writeLanes(process, plan);
    Map<String, List<PlannedFlow>> in = new LinkedHashMap<>();
    Map<String, List<PlannedFlow>> out = new LinkedHashMap<>();
    List<PlannedFlow> sequence = new ArrayList<>();
    List<PlannedFlow> compensations = new ArrayList<>();
    Map<String, PlannedNode> byId = new java.util.HashMap<>();
    plan.nodes().forEach(n -> byId.put(n.id(), n));
    for (PlannedFlow f : plan.flows()) {
      (isCompensation(byId.get(f.source())) ? compensations : sequence).add(f);
    }
    for (PlannedFlow f : sequence) {
      out.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
      in.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f);
    }
    for (PlannedNode n : plan.nodes()) {
      XmlElement e = process.add(n.tag()).attr("id", n.id()).attr("name", n.name());
      writeNodeAttributes(e, n, plan, out);
      Step s = n.step();
      boolean primary = n.id().equals(plan.entry().get(s.id()));
      if (primary) {
        String doc = String.join("\n", s.task().instructions());
        if (!doc.isEmpty()) {
          e.add("documentation").text(doc);
        }
      }
      in.getOrDefault(n.id(), List.of()).forEach(f -> e.add("incoming").text(f.id()));
      out.getOrDefault(n.id(), List.of()).forEach(f -> e.add("outgoing").text(f.id()));
      if (primary && !n.isGateway()) {
        artifacts.data(process, e, n, s.task(), pid);
      }
      writeEventDefinition(e, n, plan);
    }
    for (PlannedFlow f : sequence) {
      process
          .add("sequenceFlow")
          .attr("id", f.id())
          .attr("name", f.name())
          .attr("sourceRef", f.source())
          .attr("targetRef", f.target());
    }
    for (PlannedFlow f : compensations) {
      process
          .add("association")
          .attr("id", f.id())
          .attr("sourceRef", f.source())
          .attr("targetRef", f.target())
          .attr("associationDirection", "One");
    }
    artifacts.notes(process, plan);
  }

  /** A compensation boundary event is linked to its handler by an association, not a flow. */
  private static boolean isCompensation(PlannedNode n) {
    return n.step() instanceof Event e
        && e.isBoundary()
        && e.trigger() == EventTrigger.COMPENSATION;
  }

  /**
   * A lane per role. The band a layout keeps for steps nobody performs gets no lane: a lane in BPMN
   * names who works in it, and its steps simply stand in the pool.
   */
  private static void writeLanes(XmlElement process, ProcessPlan plan) {
    if (plan.lanes().stream().allMatch(l -> l.role().isEmpty())) {
      return;
    }
    XmlElement set = process.add("laneSet").attr("id", ExportIds.of(plan.process().id(), "lanes"));
    for (int i = 0; i < plan.lanes().size(); i++) {
      String role = plan.lanes().get(i).role();
      if (role.isEmpty()) {
        continue;
      }
      XmlElement lane = set.add("lane").attr("id", laneId(plan, i)).attr("name", role);
      for (PlannedNode n : plan.nodes()) {
        if (n.role().equals(role)) {
          lane.add("flowNodeRef").text(n.id());
        }
      }
    }
  }

  static String laneId(ProcessPlan plan, int index) {
    return ExportIds.of(plan.process().id(), "lane-" + (index + 1));
  }

  private static void writeNodeAttributes(
      XmlElement e, PlannedNode n, ProcessPlan plan, Map<String, List<PlannedFlow>> out) {
    Step s = n.step();
    if (n.isGateway()) {
      out.getOrDefault(n.id(), List.of()).stream()
          .filter(PlannedFlow::isDefault)
          .findFirst()
          .ifPresent(f -> e.attr("default", f.id()));
    }
    if (s instanceof Call c && n.tag().equals("callActivity")) {
      e.attr("calledElement", ExportIds.process(c.processId()));
    }
    if (s instanceof Event ev && ev.isBoundary()) {
      e.attr("cancelActivity", ev.interrupting() ? "true" : "false");
      e.attr("attachedToRef", plan.entry().getOrDefault(ev.attachedTo(), ev.attachedTo()));
    }
  }

  private static void writeEventDefinition(XmlElement e, PlannedNode n, ProcessPlan plan) {
    Step s = n.step();
    EventTrigger t;
    if (s instanceof Start st && n.tag().equals("startEvent")) {
      t = st.trigger();
    } else if (s instanceof End en && n.tag().equals("endEvent")) {
      t = en.trigger();
    } else if (s instanceof Event ev && n.tag().endsWith("Event")) {
      t = ev.trigger();
    } else {
      return;
    }
    String tag =
        switch (t) {
          case NONE -> "";
          case MESSAGE -> "messageEventDefinition";
          case TIMER -> "timerEventDefinition";
          case ERROR -> "errorEventDefinition";
          case SIGNAL -> "signalEventDefinition";
          case ESCALATION -> "escalationEventDefinition";
          case CONDITIONAL -> "conditionalEventDefinition";
          case COMPENSATION -> "compensateEventDefinition";
          case LINK -> "linkEventDefinition";
          case TERMINATE -> "terminateEventDefinition";
          case CANCEL -> "cancelEventDefinition";
        };
    if (tag.isEmpty()) {
      return;
    }
    XmlElement def = e.add(tag).attr("id", n.id() + "_trigger");
    if (t == EventTrigger.CONDITIONAL) {
      def.add("condition").attr("xsi:type", "tFormalExpression").text(s.title());
    }
    if (t == EventTrigger.LINK) {
      def.attr("name", LinkNames.of(plan.process(), (Event) s));
    }
  }
}
