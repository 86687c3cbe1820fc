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

  /** The direction an author chose in the notation ({@code direction:}), or empty. */
  public static Optional<Direction> of(org.flowbook.model.Process process) {
    return process
        .chosenDirection()
        .map(d -> d == org.flowbook.model.ChartDirection.DOWN ? DOWN : RIGHT);
  }

  /** The direction a word names: right/höger, down/nedåt/ned (any case), else empty. */
  public static Optional<Direction> parse(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "right", "höger" -> Optional.of(RIGHT);
      case "down", "nedåt", "ned" -> Optional.of(DOWN);
      default -> Optional.empty();
    };
  }
}
