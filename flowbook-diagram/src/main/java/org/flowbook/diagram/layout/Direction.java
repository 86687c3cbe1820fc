package org.flowbook.diagram.layout;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way a flowchart's flow runs: {@link #RIGHT} with one horizontal lane per role (the
 * default), or {@link #DOWN} with one vertical lane (a column) per role, which suits portrait pages
 * and narrow screens.
 */
public enum Direction {
  RIGHT,
  DOWN;

  /** The direction a word names: right/höger, down/nedåt/ned (any case), else empty. */
  public static Optional<Direction> parse(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "right", "höger" -> Optional.of(RIGHT);
      case "down", "nedåt", "ned" -> Optional.of(DOWN);
      default -> Optional.empty();
    };
  }
}
