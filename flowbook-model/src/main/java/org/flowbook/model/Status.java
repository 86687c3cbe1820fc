package org.flowbook.model;

import java.util.Locale;
import java.util.Optional;

/** Where a process version is in its life: draft, in review, published, archived. */
public enum Status {
  DRAFT("draft", "utkast"),
  IN_REVIEW("in review", "granskas"),
  PUBLISHED("published", "publicerad"),
  ARCHIVED("archived", "arkiverad");

  private final String english;
  private final String swedish;

  Status(String english, String swedish) {
    this.english = english;
    this.swedish = swedish;
  }

  public String word(Language language) {
    return language == Language.SV ? swedish : english;
  }

  public static Optional<Status> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    for (Status s : values()) {
      if (s.english.equals(t) || s.swedish.equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
