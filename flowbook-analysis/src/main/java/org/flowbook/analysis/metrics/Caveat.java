package org.flowbook.analysis.metrics;

/**
 * Something that limits how far the figures can be trusted; reports print it next to them.
 *
 * @param step the step concerned, or empty
 * @param detail a name to show (the called process), or empty
 */
public record Caveat(Kind kind, String step, String detail) {
  /** What went into the figures in a simplified way. */
  public enum Kind {
    /** A loop no case can leave: it was counted once. */
    ENDLESS_LOOP,
    /** A call of a process the workspace does not have: only the calling step was counted. */
    UNKNOWN_CALL,
    /** A process that calls itself (directly or not): the inner call was not counted. */
    RECURSIVE_CALL,
    /** Shares that do not add up to 100 % were scaled. */
    SHARES_SCALED
  }
}
