package org.flowbook.model;

import java.util.List;
import java.util.Optional;

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

  /** One pool per process, no messages. */
  public static Collaboration of(List<Process> processes) {
    return new Collaboration(
        "",
        processes.stream().map(p -> new Participant(p.id(), p.title(), p.id())).toList(),
        List.of());
  }

  public Optional<Participant> participant(String id) {
    return participants.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The participant that runs a process, if any. */
  public Optional<Participant> participantOf(String processId) {
    return participants.stream().filter(p -> p.processId().equals(processId)).findFirst();
  }
}
