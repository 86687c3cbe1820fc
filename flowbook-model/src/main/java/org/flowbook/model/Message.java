package org.flowbook.model;

import java.util.Objects;

/**
 * A message a process exchanges with another party, as its {@code .flow} file states it: one end of
 * a BPMN message flow between pools, seen from this process ("step 3 sends the invoice to the
 * customer's step 2"). Each message flow is written once, at the end that is a step if one is.
 *
 * @param name what is sent ("Invoice"), or empty
 * @param step the id of the step of this process that sends or receives it, or empty when the
 *     process as a whole does (a message flow from or to the pool)
 * @param direction whether this end sends or receives
 * @param partner the other end
 * @param at where the message is written
 */
public record Message(
    String name, String step, Direction direction, Partner partner, SourceLocation at) {
  public Message {
    name = Checks.optional(name);
    step = Checks.optional(step);
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(partner, "partner");
    at = Checks.at(at);
  }

  /** Whether this process sends the message or receives it. */
  public enum Direction {
    SENDS,
    RECEIVES
  }

  /**
   * The other end of a message: a process of the workspace (one of its steps, or the process as a
   * whole), or a party outside the workspace (a customer, an authority: a BPMN "black box" pool).
   *
   * @param process the id of the other process, or empty for an outside party
   * @param step the id of a step of that process, or empty for the process as a whole
   * @param party the name of the outside party, or empty for a process
   */
  public record Partner(String process, String step, String party) {
    public Partner {
      process = Checks.optional(process);
      step = Checks.optional(step);
      party = Checks.optional(party);
      if (process.isEmpty() == party.isEmpty()) {
        throw new IllegalArgumentException("a message partner is either a process or a party");
      }
      if (!party.isEmpty() && !step.isEmpty()) {
        throw new IllegalArgumentException("an outside party has no steps");
      }
    }

    public static Partner process(String process, String step) {
      return new Partner(process, step, "");
    }

    public static Partner party(String name) {
      return new Partner("", "", name);
    }

    public boolean isParty() {
      return !party.isEmpty();
    }
  }
}
