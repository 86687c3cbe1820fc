package org.flowbook.model;

import java.util.Objects;

/** A named outcome where a case ends ("Beställning lagd", "Anmodan avslagen"). */
public record End(String id, String title, EventTrigger trigger, SourceLocation at)
    implements Step {
  public End {
    id = Checks.text(id, "step id");
    title = Checks.optional(title);
    trigger = Objects.requireNonNullElse(trigger, EventTrigger.NONE);
    at = Checks.at(at);
  }
}
