package org.flowbook.mining.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal: an indent, then columns separated by a space — each left or
 * right aligned in a minimum width that grows to fit its header (a Swedish "händelser" is wider
 * than "events") — and optionally a last column of free text after two spaces.
 */
public final class TextTable {
  private final String indent;
  private final List<Integer> widths = new ArrayList<>();
  private final List<Boolean> left = new ArrayList<>();
  private boolean free;

  private TextTable(String indent) {
    this.indent = indent;
  }

  /** A table whose lines start with {@code indent}. */
  public static TextTable indented(String indent) {
    return new TextTable(indent);
  }

  /** Adds a left-aligned column at least {@code width} characters wide. */
  public TextTable left(int width) {
    widths.add(width);
    left.add(true);
    return this;
  }

  /** Adds a right-aligned column at least {@code width} characters wide. */
  public TextTable right(int width) {
    widths.add(width);
    left.add(false);
    return this;
  }

  /** Ends the table with a column of free text (a path), not padded. */
  public TextTable freeText() {
    free = true;
    return this;
  }

  /**
   * Widens the columns to their headers and returns the header line. A right-aligned column gets
   * one character more than its header, so two headers of several words ("skipped", "out of place")
   * stand at least two spaces apart and do not read as one phrase.
   */
  public String header(String... headers) {
    for (int i = 0; i < widths.size() && i < headers.length; i++) {
      int needed = headers[i].length() + (left.get(i) ? 0 : 1);
      widths.set(i, Math.max(widths.get(i), needed));
    }
    return row((Object[]) headers);
  }

  /** One line of the table, ending in a newline. */
  public String row(Object... cells) {
    StringBuilder b = new StringBuilder(indent);
    for (int i = 0; i < widths.size(); i++) {
      if (i > 0) {
        b.append(' ');
      }
      String cell = String.valueOf(cells[i]);
      String pad = " ".repeat(Math.max(0, widths.get(i) - cell.length()));
      b.append(left.get(i) ? cell + pad : pad + cell);
    }
    if (free) {
      b.append("  ").append(cells.length > widths.size() ? cells[widths.size()] : "");
    }
    return b.append('\n').toString();
  }
}
