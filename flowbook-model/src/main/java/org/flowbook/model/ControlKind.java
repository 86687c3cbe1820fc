package org.flowbook.model;

import java.util.Locale;
import java.util.Optional;

/** Whether a control stops an error before it happens or finds it afterwards. */
public enum ControlKind {
  PREVENTIVE("preventive", "förebyggande"),
  DETECTIVE("detective", "upptäckande");

  private final String english;
  private final String swedish;

  ControlKind(String english, String swedish) {
    this.english = english;
    this.swedish = swedish;
  }

  public String word(Language language) {
    return language == Language.SV ? swedish : english;
  }

  public static Optional<ControlKind> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (ControlKind k : values()) {
      if (k.english.equals(t) || k.swedish.equals(t)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
