package org.flowbook.model;

/**
 * A message one participant of a collaboration sends another (a BPMN message flow between pools):
 * "the supplier sends the invoice to accounts payable".
 *
 * @param id a stable id within the collaboration
 * @param name what is sent ("Invoice"), or empty
 * @param from the sender: a participant, and the step in its process, or the pool itself
 * @param to the receiver
 */
public record MessageFlow(String id, String name, Endpoint from, Endpoint to, SourceLocation at) {
  public MessageFlow {
    id = Checks.text(id, "message flow id");
    name = Checks.optional(name);
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    at = Checks.at(at);
  }

  /**
   * One end of a message flow.
   *
   * @param participant the id of the {@link Participant}
   * @param step the id of the step within the participant's process, or empty for the pool itself
   */
  public record Endpoint(String participant, String step) {
    public Endpoint {
      participant = Checks.text(participant, "message flow participant");
      step = Checks.optional(step);
    }

    public boolean isPool() {
      return step.isEmpty();
    }
  }
}
