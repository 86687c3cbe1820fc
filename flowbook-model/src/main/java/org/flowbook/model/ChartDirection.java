package org.flowbook.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way a process's flowchart runs when its author has chosen (the {@code direction:} / {@code
 * riktning:} header): {@link #RIGHT} with one horizontal lane per role, {@link #DOWN} with one
 * vertical lane (a column) per role. A process without the header leaves the choice to the medium
 * (a portrait page may turn the chart downward to keep its text legible).
 */
public enum ChartDirection {
  RIGHT("right", "höger"),
  DOWN("down", "nedåt");

  private final String english;
  private final String swedish;

  ChartDirection(String english, String swedish) {
    this.english = english;
    this.swedish = swedish;
  }

  /** The canonical word in a language: right/down, höger/nedåt. */
  public String word(Language language) {
    return language == Language.SV ? swedish : english;
  }

  /** The direction a word names in either language (also "ned"), any case; else empty. */
  public static Optional<ChartDirection> parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "right", "höger" -> Optional.of(RIGHT);
      case "down", "nedåt", "ned" -> Optional.of(DOWN);
      default -> Optional.empty();
    };
  }
}
