package org.flowbook.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of work an activity is; kept mostly for BPMN interchange and icons. */
public enum ActivityType {
  TASK("task", "uppgift"),
  USER("user", "användare"),
  MANUAL("manual", "manuell"),
  SERVICE("service", "tjänst"),
  SEND("send", "skicka"),
  RECEIVE("receive", "ta emot"),
  SCRIPT("script", "skript"),
  BUSINESS_RULE("business rule", "affärsregel"),
  SUB_PROCESS("sub-process", "delsteg");

  private final String english;
  private final String swedish;

  ActivityType(String english, String swedish) {
    this.english = english;
    this.swedish = swedish;
  }

  public String word(Language language) {
    return language == Language.SV ? swedish : english;
  }

  public static Optional<ActivityType> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
    for (ActivityType k : values()) {
      if (k.english.equals(t) || k.swedish.equals(t)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
