package org.flowbook.repository.diff;

/**
 * One line of a text diff.
 *
 * @param oldLine the 1-based line number in the old text, or 0 for an added line or a gap
 * @param newLine the 1-based line number in the new text, or 0 for a removed line or a gap
 */
public record DiffLine(Kind kind, String text, int oldLine, int newLine) {
  /** What happened to the line. {@code GAP} stands for unchanged lines left out. */
  public enum Kind {
    SAME,
    ADDED,
    REMOVED,
    GAP
  }

  public boolean changed() {
    return kind == Kind.ADDED || kind == Kind.REMOVED;
  }
}
