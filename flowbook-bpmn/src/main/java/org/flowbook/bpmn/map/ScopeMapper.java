package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Parallel;
import org.flowbook.model.Start;
import org.flowbook.model.Task;

/**
 * Maps the flow elements of one scope (a process, or an embedded sub-process) into a {@link
 * ProcessDraft}. An embedded sub-process with content becomes a process of its own and a {@link
 * Call} of it in its parent, so every inner task survives and boundary events keep their host.
 */
final class ScopeMapper {
  private final ImportContext cx;
  private final LaneMap lanes;

  ScopeMapper(ImportContext cx, LaneMap lanes) {
    this.cx = cx;
    this.lanes = lanes;
  }

  /**
   * Maps a scope and, recursively, the sub-processes in it.
   *
   * @param inheritedRole the performer of activities that stand in no lane (the pool's or the
   *     enclosing sub-process's), or empty
   */
  ProcessDraft map(XmlNode scope, String processId, String title, String inheritedRole) {
    String purpose = String.join(" ", TaskReader.instructions(scope));
    ProcessDraft draft = new ProcessDraft(scope, processId, title, purpose);
    cx.drafts.add(draft);
    List<XmlNode> artifacts = new ArrayList<>();
    List<XmlNode> elements = new ArrayList<>(scope.children());
    elements.addAll(cx.boundariesWrittenElsewhere(scope));
    for (XmlNode child : elements) {
      if (!child.namespace().equals(Ns.MODEL)) {
        continue;
      }
      Optional<ElementKind> kind = ElementKind.of(child.name());
      if (kind.isEmpty()) {
        cx.findings.error(
            "unknown-element",
            child,
            "'" + child.name() + "' is not a BPMN 2.0 element",
            "the file uses the BPMN namespace for something BPMN does not define; fix the tool"
                + " that wrote it");
        continue;
      }
      switch (kind.get()) {
        case SEQUENCE_FLOW -> cx.flows.add(child);
        case ANNOTATION, ASSOCIATION -> artifacts.add(child);
        case GROUP ->
            cx.findings.warn(
                "group-dropped",
                child,
                "groups are not kept",
                "Flowbook groups processes in the landscape, not steps within one");
        case UNSUPPORTED ->
            cx.findings.warn(
                "element-dropped",
                child,
                "choreography elements are not kept",
                "model the exchange as message flows between pools");
        case DATA, SKIP -> {
          // data is read through the associations of the activities; the rest carries no steps
        }
        default -> mapNode(draft, child, kind.get(), inheritedRole);
      }
    }
    new Annotations(cx, draft).attach(artifacts);
    return draft;
  }

  private void mapNode(ProcessDraft draft, XmlNode node, ElementKind kind, String inheritedRole) {
    String id = node.id();
    if (id.isEmpty() || draft.steps.containsKey(id)) {
      cx.findings.warn(
          "missing-id",
          node,
          id.isEmpty() ? "the element has no id and is skipped" : "a second element has this id",
          "give every flow node a unique id");
      return;
    }
    String name = Findings.oneLine(node.attribute("name", ""));
    String role = lanes.roleOf(id).orElse(inheritedRole);
    mapKind(draft, node, kind, id, name, role);
    if (draft.steps.containsKey(id) || kind == ElementKind.SUB_PROCESS) {
      cx.draftOfNode.put(id, draft);
    }
  }

  private void mapKind(
      ProcessDraft draft, XmlNode node, ElementKind kind, String id, String name, String role) {
    var at = cx.findings.locations().of(node);
    switch (kind) {
      case TASK ->
          draft.add(
              new Activity(
                  id,
                  orId(name, id),
                  cx.tasks.read(node, role),
                  ElementKind.activityType(node.name()),
                  at),
              node);
      case SUB_PROCESS -> mapSubProcess(draft, node, name, role);
      case CALL -> {
        String called = node.reference("calledElement").orElse("");
        if (called.isEmpty()) {
          called = Ids.slug(orId(name, id));
          cx.findings.warn(
              "call-without-target",
              node,
              "the call activity does not say which process it calls; assumed '" + called + "'",
              "set calledElement to the called process's id");
        }
        called = cx.processIds.getOrDefault(called, called);
        draft.add(new Call(id, orId(name, id), called, cx.tasks.read(node, role), at), node);
      }
      case GATEWAY -> {
        if (node.name().equals("complexGateway")) {
          cx.findings.warn(
              "complex-gateway",
              node,
              "complex gateways are read as inclusive decisions; the activation rule is dropped",
              "write the rule into the decision's question or instructions");
        }
        Task task = Task.NONE.withInstructions(TaskReader.instructions(node));
        draft.add(
            new Decision(id, name, name, task, ElementKind.decisionKind(node.name()), at), node);
      }
      case PARALLEL -> {
        dropDocumentation(node);
        draft.add(new Parallel(id, name, at), node);
      }
      case START -> {
        dropDocumentation(node);
        draft.add(new Start(id, name, Triggers.of(node, cx.index, cx.findings), at), node);
      }
      case END -> {
        dropDocumentation(node);
        draft.add(new End(id, name, Triggers.of(node, cx.index, cx.findings), at), node);
      }
      case INTERMEDIATE_CATCH, INTERMEDIATE_THROW -> {
        dropDocumentation(node);
        EventTrigger trigger = Triggers.of(node, cx.index, cx.findings);
        draft.add(
            new Event(id, name, trigger, kind == ElementKind.INTERMEDIATE_THROW, "", true, at),
            node);
      }
      case BOUNDARY -> mapBoundary(draft, node, name);
      default -> throw new IllegalStateException("not a flow node: " + kind);
    }
  }

  private void mapSubProcess(ProcessDraft draft, XmlNode node, String name, String role) {
    String id = node.id();
    boolean hasContent =
        node.children().stream()
            .anyMatch(c -> c.namespace().equals(Ns.MODEL) && isFlowNode(c.name()));
    var at = cx.findings.locations().of(node);
    if (!hasContent) {
      draft.add(
          new Activity(
              id,
              orId(name, id),
              cx.tasks.read(node, role),
              ElementKind.activityType(node.name()),
              at),
          node);
      return;
    }
    String childTitle = name.isEmpty() ? startName(node).orElse(id) : name;
    String childId = cx.ids.unique(draft.processId + " " + childTitle, id);
    node.descendants().forEach(d -> cx.enclosingCall.putIfAbsent(d.id(), id));
    cx.enclosingCall.remove(id);
    boolean eventSubProcess = node.attribute("triggeredByEvent", "false").equals("true");
    if (eventSubProcess) {
      cx.findings.warn(
          "event-sub-process",
          node,
          "the event sub-process becomes the separate process '"
              + childId
              + "'; that it runs"
              + " inside '"
              + draft.title
              + "' when its start event fires is not kept",
          "mention in the purpose of '" + childId + "' which process it interrupts");
    } else {
      cx.findings.note(
          "sub-process-extracted",
          node,
          "the embedded sub-process becomes the process '" + childId + "', called from its place");
      draft.add(new Call(id, childTitle, childId, cx.tasks.read(node, role), at), node);
    }
    if (!node.name().equals("subProcess")) {
      cx.findings.warn(
          "sub-process-kind",
          node,
          "a " + node.name() + " is read as an ordinary sub-process",
          "describe its special behaviour in the instructions");
    }
    map(node, childId, childTitle, role);
  }

  private void mapBoundary(ProcessDraft draft, XmlNode node, String name) {
    String host = node.reference("attachedToRef").orElse("");
    Optional<XmlNode> hostNode = host.isEmpty() ? Optional.empty() : cx.index.get(host);
    Optional<XmlNode> hostScope = hostNode.flatMap(cx.index::parent);
    if (hostScope.isPresent() && hostScope.get() != draft.element) {
      cx.findings.warn(
          "boundary-misplaced",
          node,
          "the boundary event is written outside the process of its activity '"
              + host
              + "'; it is read as part of that process",
          "the tool that wrote the file put it in the wrong place; re-export to fix");
      return;
    }
    if (hostNode.isEmpty() || !isFlowNode(hostNode.get().name())) {
      cx.findings.error(
          "boundary-host",
          node,
          host.isEmpty()
              ? "the boundary event is attached to nothing"
              : "the boundary event is attached to '"
                  + host
                  + "', which is not an activity of the"
                  + " same process",
          "attach it to an activity in the same process or sub-process");
      return;
    }
    boolean interrupting = !node.attribute("cancelActivity", "true").equals("false");
    dropDocumentation(node);
    draft.add(
        new Event(
            node.id(),
            name,
            Triggers.of(node, cx.index, cx.findings),
            false,
            host,
            interrupting,
            cx.findings.locations().of(node)),
        node);
  }

  private void dropDocumentation(XmlNode node) {
    if (!TaskReader.instructions(node).isEmpty()) {
      cx.findings.warn(
          "documentation-dropped",
          node,
          "its documentation is not kept: only activities and decisions carry instructions",
          "move the text to the step before or after it");
    }
  }

  /** The name of a sub-process's start event: what an unnamed event sub-process is about. */
  private static Optional<String> startName(XmlNode subProcess) {
    return subProcess
        .children(Ns.MODEL, "startEvent")
        .map(s -> Findings.oneLine(s.attribute("name", "")))
        .filter(n -> !n.isEmpty())
        .findFirst();
  }

  static boolean isFlowNode(String localName) {
    return ElementKind.of(localName)
        .map(k -> k.ordinal() <= ElementKind.BOUNDARY.ordinal())
        .orElse(false);
  }

  private static String orId(String name, String id) {
    return name.isEmpty() ? id : name;
  }
}
