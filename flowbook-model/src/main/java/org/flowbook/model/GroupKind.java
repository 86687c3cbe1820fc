package org.flowbook.model;

import java.util.Locale;
import java.util.Optional;

/** The classic three bands of a process landscape. */
public enum GroupKind {
  MANAGEMENT("management", "ledning"),
  CORE("core", "kärna"),
  SUPPORT("support", "stöd");

  private final String english;
  private final String swedish;

  GroupKind(String english, String swedish) {
    this.english = english;
    this.swedish = swedish;
  }

  public String word(Language language) {
    return language == Language.SV ? swedish : english;
  }

  public static Optional<GroupKind> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (GroupKind k : values()) {
      if (k.english.equals(t) || k.swedish.equals(t)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
