package org.flowbook.model;

import java.util.Locale;
import java.util.Optional;

/** What starts, interrupts or ends a flow: the BPMN event definitions Flowbook keeps. */
public enum EventTrigger {
  NONE("none", "ingen"),
  MESSAGE("message", "meddelande"),
  TIMER("timer", "tid"),
  ERROR("error", "fel"),
  SIGNAL("signal", "signal"),
  ESCALATION("escalation", "eskalering"),
  CONDITIONAL("conditional", "villkor"),
  COMPENSATION("compensation", "kompensation"),
  LINK("link", "länk"),
  TERMINATE("terminate", "avbryt"),
  CANCEL("cancel", "annullera");

  private final String english;
  private final String swedish;

  EventTrigger(String english, String swedish) {
    this.english = english;
    this.swedish = swedish;
  }

  public String word(Language language) {
    return language == Language.SV ? swedish : english;
  }

  public static Optional<EventTrigger> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (EventTrigger k : values()) {
      if (k.english.equals(t) || k.swedish.equals(t)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
