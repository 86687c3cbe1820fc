package org.flowbook.analysis.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] right;

  /**
   * @param right which columns hold numbers (right-aligned)
   */
  Table(boolean... right) {
    this.right = right;
  }

  Table row(String... cells) {
    rows.add(cells);
    return this;
  }

  boolean isEmpty() {
    return rows.size() <= 1;
  }

  String render(String indent) {
    int cols = right.length;
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < cols && i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < cols; i++) {
        String c = i < r.length ? r[i] : "";
        String pad = " ".repeat(width[i] - c.length());
        line.append(right[i] ? pad + c : c + pad);
        if (i < cols - 1) {
          line.append("  ");
        }
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }
}
