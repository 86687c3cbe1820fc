package org.flowbook.bpmn.map;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.bpmn.di.DiagramInterchange;
import org.flowbook.bpmn.read.BpmnIndex;
import org.flowbook.bpmn.read.Locations;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlInputException;
import org.flowbook.bpmn.xml.XmlLimits;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.bpmn.xml.XmlTreeReader;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.model.Collaboration;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * Imports a BPMN 2.0 file: reads it with the hardened reader, maps every pool's process (and every
 * embedded sub-process) to a Flowbook process, renumbers the steps for {@code .flow}, and keeps the
 * file's drawing. Tolerant: a file that breaks the schema in ways that leave its meaning clear is
 * imported with warnings; only references that lead nowhere and hostile XML are errors.
 */
public final class BpmnImporter {
  private final XmlLimits limits;

  public BpmnImporter(XmlLimits limits) {
    this.limits = limits;
  }

  public BpmnImporter() {
    this(XmlLimits.DEFAULT);
  }

  /** Reads and maps one file; closes the stream. */
  public BpmnImport read(InputStream input, String file) {
    XmlNode root;
    try {
      root = new XmlTreeReader(limits).read(input, file);
    } catch (XmlInputException e) {
      return BpmnImport.failed(List.of(e.problem()));
    }
    return map(root, file);
  }

  /**
   * Maps a BPMN document already read into a tree: for readers of other formats (draw.io, Visio,
   * step lists) that build the BPMN elements themselves, with the line and column of the shape each
   * element came from, so that every finding points into the user's own file.
   *
   * @param file the name to put in problem locations
   */
  public BpmnImport map(XmlNode root, String file) {
    Locations at = new Locations(file);
    if (!root.is(Ns.MODEL, "definitions")) {
      return BpmnImport.failed(List.of(notBpmn(root, at)));
    }
    BpmnIndex index = new BpmnIndex(root, at);
    Findings findings = new Findings(at);
    findings.addAll(index.problems());
    ImportContext cx = new ImportContext(index, findings);
    Pools pools = Pools.read(root, index, findings);
    Map<ProcessDraft, String> participantOfDraft = new HashMap<>();
    Map<ProcessDraft, LaneMap> lanesOfDraft = new HashMap<>();
    List<ProcessDraft> topLevel = new ArrayList<>();
    // Processes are told apart by their id; a second process with an id already used (or a second
    // one without id) cannot be, so it is left out with a warning (the index warned of the id).
    List<XmlNode> distinct = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (XmlNode p : root.children(Ns.MODEL, "process").toList()) {
      if (seen.add(p.id())) {
        distinct.add(p);
      } else {
        findings.add(
            Problem.warning(
                "duplicate-process",
                p.id().isEmpty()
                    ? "a second process without id is left out"
                    : "a second process with id '" + p.id() + "' is left out",
                "give every process its own id",
                at.of(p)));
      }
    }
    distinct.forEach(
        p ->
            cx.processIds.put(
                p.id(), cx.ids.keepOrMake(p.id(), title(p, pools.participantOf(p.id())))));
    distinct.forEach(p -> mapProcess(p, cx, pools, participantOfDraft, lanesOfDraft, topLevel));
    new FlowReader(cx).read(cx.flows);
    for (ProcessDraft d : List.copyOf(cx.drafts)) {
      if (d.steps.isEmpty()) {
        // e.g. a process that only held boundary events written away from their activities
        findings.note("empty-process", d.element, "no steps are left in it, so it is left out");
        cx.drafts.remove(d);
        topLevel.remove(d);
      }
    }
    if (cx.drafts.isEmpty() && !findings.hasErrors()) {
      // an empty model is a valid file; pools with nothing behind them are a broken export
      String what = "the file has no process with steps";
      String hint = "export the model with its processes, not only the collaboration";
      if (pools.drawsPools() && pools.collaborationElement().isPresent()) {
        findings.error(
            "no-process",
            pools.collaborationElement().get(),
            what + ", only pools drawn as black boxes",
            hint);
      } else {
        findings.add(Problem.warning("no-process", what, hint, at.wholeFile()));
      }
    }
    DiagramInterchange di = DiagramInterchange.read(root);
    List<Process> processes = new ArrayList<>();
    Map<String, DiagramLayout> layouts = new LinkedHashMap<>();
    Map<String, Map<String, String>> bpmnIds = new LinkedHashMap<>();
    Map<String, Map<String, String>> newIds = new HashMap<>();
    for (ProcessDraft d : List.copyOf(cx.drafts)) {
      LinkPairing.apply(d, findings);
      MergeGateways.apply(d, findings);
      Map<String, String> ids = Renumbering.ids(d);
      newIds.put(d.processId, ids);
      List<Step> steps = Renumbering.steps(d, ids);
      List<DraftFlow> flows = Renumbering.flows(d, ids);
      processes.add(
          new Process(
              d.processId,
              d.title,
              "",
              d.purpose,
              "",
              trigger(steps),
              List.of(),
              "",
              null,
              null,
              null,
              "",
              null,
              steps,
              flows.stream().map(DraftFlow::flow).toList(),
              at.of(d.element)));
      Map<String, String> back = new LinkedHashMap<>();
      ids.forEach((bpmn, id) -> back.put(id, bpmn));
      bpmnIds.put(d.processId, back);
      LaneMap lanes = lanesOfDraft.get(d);
      LayoutBuilder.build(d, ids, flows, di, lanes.laneElements())
          .ifPresent(l -> layouts.put(d.processId, l));
    }
    Fragments.reportUnusedData(root, cx);
    Fragments.reportLanesWithoutWork(lanesOfDraft.values(), processes, cx);
    Collaboration collaboration = pools.collaboration(cx, newIds, participantOfDraft, topLevel);
    Workspace workspace = new Workspace(Fragments.organization(cx, processes), processes);
    return new BpmnImport(workspace, collaboration, layouts, bpmnIds, findings.all());
  }

  private static void mapProcess(
      XmlNode process,
      ImportContext cx,
      Pools pools,
      Map<ProcessDraft, String> participantOfDraft,
      Map<ProcessDraft, LaneMap> lanesOfDraft,
      List<ProcessDraft> topLevel) {
    Optional<XmlNode> participant = pools.participantOf(process.id());
    boolean hasSteps =
        process.children().stream()
            .anyMatch(
                c ->
                    c.namespace().equals(Ns.MODEL)
                        && (ScopeMapper.isFlowNode(c.name())
                            || ElementKind.of(c.name()).isEmpty()));
    if (!hasSteps) {
      cx.findings.note(
          "empty-process",
          process,
          participant.isPresent()
              ? "the process has no steps; its pool is kept as a black box"
              : "the process has no steps and is left out");
      return;
    }
    String processId = cx.processIds.get(process.id());
    String title = title(process, participant);
    if (title.isBlank()) {
      // Neither a name nor an id (schema-invalid, but seen in hand-edited files).
      title = processId;
    }
    LaneMap lanes = LaneMap.of(process, cx.findings);
    lanes.roles().forEach(cx::declareRole);
    // A role per lane: a pool without lanes names a party (kept as the collaboration's
    // participant), not who does each task, so steps outside lanes get no performer.
    int before = cx.drafts.size();
    ProcessDraft draft = new ScopeMapper(cx, lanes).map(process, processId, title, "");
    participant.ifPresent(p -> participantOfDraft.put(draft, p.id()));
    topLevel.add(draft);
    for (ProcessDraft d : cx.drafts.subList(before, cx.drafts.size())) {
      lanesOfDraft.put(d, lanes);
    }
  }

  /** A process's title: its pool's name, else its own name, else its id. */
  private static String title(XmlNode process, Optional<XmlNode> participant) {
    String poolName = participant.map(p -> Findings.oneLine(p.attribute("name", ""))).orElse("");
    String processName = Findings.oneLine(process.attribute("name", ""));
    return !poolName.isEmpty() ? poolName : !processName.isEmpty() ? processName : process.id();
  }

  /**
   * The process's trigger header: the name of its one plain start event. A start with a trigger
   * (message, timer) stays an explicit step in {@code .flow}, so its name is not repeated here.
   */
  private static String trigger(List<Step> steps) {
    List<Start> starts =
        steps.stream().filter(Start.class::isInstance).map(Start.class::cast).toList();
    return starts.size() == 1 && starts.get(0).trigger() == EventTrigger.NONE
        ? starts.get(0).title()
        : "";
  }

  private static Problem notBpmn(XmlNode root, Locations at) {
    boolean oldBpmn = root.name().equals("definitions") && root.namespace().contains("BPMN");
    return Problem.error(
        "not-bpmn",
        "the root element is {"
            + root.namespace()
            + "}"
            + root.name()
            + ", not a BPMN 2.0 <definitions>",
        oldBpmn
            ? "the file uses a pre-release BPMN namespace; re-export it as BPMN 2.0 ("
                + Ns.MODEL
                + ")"
            : "is this a BPMN file? Flowbook reads BPMN 2.0 XML (" + Ns.MODEL + ")",
        at.of(root));
  }
}
