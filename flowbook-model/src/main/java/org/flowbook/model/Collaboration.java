package org.flowbook.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Several participants (pools) and the messages between them: what a BPMN collaboration adds to the
 * single processes it shows. A process written in {@code .flow} is a collaboration of one.
 */
public record Collaboration(
    String name, List<Participant> participants, List<MessageFlow> messages) {
  public Collaboration {
    name = Checks.optional(name);
    participants = Checks.list(participants);
    messages = Checks.list(messages);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Participant p : participants) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("two participants with id " + p.id());
      }
    }
  }

  /**
   * One pool per process and the messages the processes state: a message to a process that is not
   * in the list, or to an outside party, goes to a black-box pool of that name. A message flow that
   * both its ends state is one message flow.
   */
  public static Collaboration of(List<Process> processes) {
    Map<String, Participant> pools = new LinkedHashMap<>();
    for (Process p : processes) {
      pools.put(p.id(), new Participant(p.id(), p.title(), p.id()));
    }
    List<MessageFlow> flows = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (Process p : processes) {
      for (int i = 0; i < p.messages().size(); i++) {
        Message m = p.messages().get(i);
        MessageFlow.Endpoint own = new MessageFlow.Endpoint(p.id(), m.step());
        MessageFlow.Endpoint other = partner(m.partner(), pools);
        MessageFlow.Endpoint from = m.direction() == Message.Direction.SENDS ? own : other;
        MessageFlow.Endpoint to = m.direction() == Message.Direction.SENDS ? other : own;
        if (seen.add(
            List.of(from.participant(), from.step(), to.participant(), to.step(), m.name()))) {
          flows.add(new MessageFlow(p.id() + "-message-" + (i + 1), m.name(), from, to, m.at()));
        }
      }
    }
    return new Collaboration("", List.copyOf(pools.values()), flows);
  }

  private static MessageFlow.Endpoint partner(
      Message.Partner partner, Map<String, Participant> pools) {
    if (partner.isParty()) {
      String id = "party-" + partner.party();
      pools.putIfAbsent(id, new Participant(id, partner.party(), ""));
      return new MessageFlow.Endpoint(id, "");
    }
    if (pools.containsKey(partner.process())) {
      return new MessageFlow.Endpoint(partner.process(), partner.step());
    }
    // A process of the workspace that is not exported: drawn as a pool without content.
    pools.putIfAbsent(partner.process(), new Participant(partner.process(), partner.process(), ""));
    return new MessageFlow.Endpoint(partner.process(), "");
  }

  public Optional<Participant> participant(String id) {
    return participants.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The participant that runs a process, if any. */
  public Optional<Participant> participantOf(String processId) {
    return participants.stream().filter(p -> p.processId().equals(processId)).findFirst();
  }
}
