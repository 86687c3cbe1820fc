package org.flowbook.diagram.layout;

import java.util.Set;

/**
 * A straight piece of a route that needs a track: a vertical piece in a channel between two
 * columns, or a horizontal piece in a corridor between two rows. Its span is in ordinal coordinates
 * (a row or column center is odd, the gap after it the next even number), so overlap can be decided
 * before any pixel is known.
 */
final class Segment {
  final boolean vertical;

  /** Channel index (gap after column, -1 = before the first) or corridor index (gap after row). */
  final int gap;

  final double lo;
  final double hi;

  /** Routes that may share a track with this one: same source leaving, or same target entering. */
  final Set<String> keys;

  /** Rows where the horizontal joining this piece comes from the left / goes to the right. */
  final int leftRow;

  final int rightRow;
  final int edge;
  int track = -1;

  Segment(
      boolean vertical,
      int gap,
      double a,
      double b,
      Set<String> keys,
      int leftRow,
      int rightRow,
      int edge) {
    this.vertical = vertical;
    this.gap = gap;
    this.lo = Math.min(a, b);
    this.hi = Math.max(a, b);
    this.keys = keys;
    this.leftRow = leftRow;
    this.rightRow = rightRow;
    this.edge = edge;
  }

  boolean conflicts(Segment o) {
    for (String k : keys) {
      if (o.keys.contains(k)) {
        return false;
      }
    }
    return lo <= o.hi && o.lo <= hi;
  }

  static double rowOrd(int row) {
    return 2 * row + 1;
  }

  static double gapOrd(int gap) {
    return 2 * (gap + 1);
  }
}
