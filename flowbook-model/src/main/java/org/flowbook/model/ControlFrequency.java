package org.flowbook.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How often a control is performed. {@link #PER_CASE} controls run inside a step for every case;
 * the others are periodic and are what an internal-control plan schedules.
 */
public enum ControlFrequency {
  PER_CASE("per case", "per ärende", List.of("every case", "för varje ärende")),
  DAILY("daily", "dagligen", List.of("every day", "varje dag")),
  WEEKLY("weekly", "varje vecka", List.of("every week", "veckovis")),
  MONTHLY("monthly", "varje månad", List.of("every month", "månadsvis")),
  QUARTERLY("quarterly", "kvartalsvis", List.of("every quarter", "varje kvartal")),
  YEARLY("yearly", "årligen", List.of("annually", "every year", "varje år"));

  private final String english;
  private final String swedish;
  private final List<String> alsoRead;

  ControlFrequency(String english, String swedish, List<String> alsoRead) {
    this.english = english;
    this.swedish = swedish;
    this.alsoRead = alsoRead;
  }

  /** The canonical word that {@code flowbook fmt} writes and reports print. */
  public String word(Language language) {
    return language == Language.SV ? swedish : english;
  }

  /** Reads either language's canonical word or one of its common variants. */
  public static Optional<ControlFrequency> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (ControlFrequency f : values()) {
      if (f.english.equals(t) || f.swedish.equals(t) || f.alsoRead.contains(t)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
