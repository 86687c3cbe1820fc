package org.flowbook.model;

import java.util.Locale;
import java.util.Optional;

/** Whether a person performs a control or a system does it by itself. */
public enum ControlMode {
  MANUAL("manual", "manuell"),
  AUTOMATIC("automatic", "automatisk");

  private final String english;
  private final String swedish;

  ControlMode(String english, String swedish) {
    this.english = english;
    this.swedish = swedish;
  }

  public String word(Language language) {
    return language == Language.SV ? swedish : english;
  }

  public static Optional<ControlMode> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (ControlMode m : values()) {
      if (m.english.equals(t) || m.swedish.equals(t)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
