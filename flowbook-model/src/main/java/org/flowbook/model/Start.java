package org.flowbook.model;

import java.util.Objects;

/** Where a case begins; its title says what triggers it. */
public record Start(String id, String title, EventTrigger trigger, SourceLocation at)
    implements Step {
  public Start {
    id = Checks.text(id, "step id");
    title = Checks.optional(title);
    trigger = Objects.requireNonNullElse(trigger, EventTrigger.NONE);
    at = Checks.at(at);
  }
}
