package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.bpmn.read.BpmnIndex;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.MessageFlow;
import org.flowbook.model.Participant;

/** The participants (pools) and message flows of a file's collaborations. */
final class Pools {
  private final List<XmlNode> participants = new ArrayList<>();
  private final List<XmlNode> messageFlows = new ArrayList<>();
  private final BpmnIndex index;
  private final Findings findings;
  private String name = "";
  private int drawn;
  private XmlNode first;

  private Pools(BpmnIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  static Pools read(XmlNode root, BpmnIndex index, Findings findings) {
    Pools pools = new Pools(index, findings);
    root.children(Ns.MODEL, "collaboration")
        .forEach(
            c -> {
              if (pools.first == null) {
                pools.first = c;
              }
              if (pools.name.isEmpty()) {
                pools.name = Findings.oneLine(c.attribute("name", ""));
              }
              c.children(Ns.MODEL, "participant").forEach(pools::addParticipant);
              c.children(Ns.MODEL, "messageFlow").forEach(pools.messageFlows::add);
            });
    return pools;
  }

  private void addParticipant(XmlNode p) {
    Optional<String> ref = p.reference("processRef");
    if (ref.isPresent() && index.get(ref.get()).filter(n -> n.name().equals("process")).isEmpty()) {
      findings.error(
          "unknown-reference",
          p,
          "the pool refers to process '" + ref.get() + "', which is not in the file",
          "set processRef to the id of one of the file's processes, or remove it for a black-box pool");
    }
    if (ref.isEmpty() && Findings.oneLine(p.attribute("name", "")).isEmpty()) {
      drawn++;
      findings.warn(
          "empty-participant",
          p,
          "the pool has neither a name nor a process, so it stands for nothing and is left out",
          "name the pool after the party it shows, or give it a process");
      return;
    }
    participants.add(p);
  }

  /** The first collaboration element, where problems about the pools as a whole point. */
  Optional<XmlNode> collaborationElement() {
    return Optional.ofNullable(first);
  }

  /** Whether the file draws any pool at all, even one left out. */
  boolean drawsPools() {
    return !participants.isEmpty() || drawn > 0;
  }

  Optional<XmlNode> participantOf(String processId) {
    return participants.stream()
        .filter(p -> p.reference("processRef").map(processId::equals).orElse(false))
        .findFirst();
  }

  /**
   * The model's collaboration: a participant per pool (named after the pool; its process id when it
   * has a mapped process) and the message flows between their steps.
   */
  org.flowbook.model.Collaboration collaboration(
      ImportContext cx,
      Map<String, Map<String, String>> newIds,
      Map<ProcessDraft, String> participantOfDraft,
      List<ProcessDraft> topLevel) {
    Map<String, String> modelIdOfPool = new LinkedHashMap<>();
    Map<String, ProcessDraft> draftOfPool = new HashMap<>();
    participantOfDraft.forEach((d, poolId) -> draftOfPool.put(poolId, d));
    List<Participant> out = new ArrayList<>();
    for (XmlNode p : participants) {
      ProcessDraft d = draftOfPool.get(p.id());
      String poolName = Findings.oneLine(p.attribute("name", ""));
      if (poolName.isEmpty()) {
        // a pool around an empty process: name it after that process, else after its id
        poolName =
            p.reference("processRef")
                .flatMap(index::get)
                .map(n -> Findings.oneLine(n.attribute("name", "")))
                .filter(n -> !n.isEmpty())
                .orElse(p.id());
      }
      String id = d != null ? d.processId : cx.ids.unique(poolName, p.id());
      modelIdOfPool.put(p.id(), id);
      out.add(new Participant(id, d != null ? d.title : poolName, d != null ? d.processId : ""));
    }
    for (ProcessDraft d : topLevel) {
      if (!participantOfDraft.containsKey(d)) {
        // a process drawn outside any pool still is a party of the collaboration
        out.add(new Participant(d.processId, d.title, d.processId));
      }
    }
    List<MessageFlow> messages = new ArrayList<>();
    for (XmlNode m : messageFlows) {
      Optional<MessageFlow.Endpoint> from =
          endpoint(m, m.reference("sourceRef"), cx, newIds, topLevel, modelIdOfPool);
      Optional<MessageFlow.Endpoint> to =
          endpoint(m, m.reference("targetRef"), cx, newIds, topLevel, modelIdOfPool);
      if (from.isPresent() && to.isPresent()) {
        String id = m.id().isEmpty() ? "message-" + (messages.size() + 1) : m.id();
        messages.add(
            new MessageFlow(
                id,
                Findings.oneLine(m.attribute("name", "")),
                from.get(),
                to.get(),
                cx.findings.locations().of(m)));
      }
    }
    return new org.flowbook.model.Collaboration(name, out, messages);
  }

  private Optional<MessageFlow.Endpoint> endpoint(
      XmlNode flow,
      Optional<String> ref,
      ImportContext cx,
      Map<String, Map<String, String>> newIds,
      List<ProcessDraft> topLevel,
      Map<String, String> modelIdOfPool) {
    if (ref.isEmpty() || index.get(ref.get()).isEmpty()) {
      findings.error(
          "unknown-reference",
          flow,
          ref.isEmpty()
              ? "the message flow has no source or target"
              : "the message flow leads from or to '" + ref.get() + "', which does not exist",
          "connect both ends of the message flow to a pool or a flow node");
      return Optional.empty();
    }
    String id = ref.get();
    if (modelIdOfPool.containsKey(id)) {
      return Optional.of(new MessageFlow.Endpoint(modelIdOfPool.get(id), ""));
    }
    String node = id;
    ProcessDraft d = cx.draftOfNode.get(node);
    while (d != null && !topLevel.contains(d) && cx.enclosingCall.containsKey(node)) {
      node = cx.enclosingCall.get(node);
      d = cx.draftOfNode.get(node);
    }
    if (d == null || !topLevel.contains(d)) {
      findings.warn(
          "message-flow-dropped",
          flow,
          "the message flow connects '" + id + "', which is in no pool Flowbook keeps",
          "draw the process that holds it in a pool");
      return Optional.empty();
    }
    String pool = d.processId;
    String step = newIds.getOrDefault(d.processId, Map.of()).getOrDefault(node, "");
    return Optional.of(new MessageFlow.Endpoint(pool, step));
  }
}
