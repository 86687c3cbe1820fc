package org.flowbook.model;

import java.util.Objects;

/**
 * Something that happens during a case: an intermediate event on the flow (catching, e.g. "wait for
 * the delivery", or throwing, e.g. "notify the customer"), or a boundary event attached to an
 * activity ("no answer within 5 days").
 *
 * @param attachedTo the id of the activity a boundary event sits on, or empty
 * @param interrupting for boundary events: whether the activity is cancelled when it fires
 */
public record Event(
    String id,
    String title,
    EventTrigger trigger,
    boolean throwing,
    String attachedTo,
    boolean interrupting,
    SourceLocation at)
    implements Step {
  public Event {
    id = Checks.text(id, "step id");
    title = Checks.optional(title);
    trigger = Objects.requireNonNullElse(trigger, EventTrigger.NONE);
    attachedTo = Checks.optional(attachedTo);
    at = Checks.at(at);
  }

  public boolean isBoundary() {
    return !attachedTo.isEmpty();
  }
}
