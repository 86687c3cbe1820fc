package org.flowbook.mining.discovery;

/**
 * IMf's split of one trace along a sequence cut: consecutive pieces, one per group in order, each
 * keeping only its own group's events. The piece boundaries are chosen so that the fewest events
 * are dropped (a dynamic programme over the trace, linear in its length per group); among equally
 * good splits the earliest boundaries win. PM4Py and ProM place the boundaries one group at a time,
 * which can drop more events when a trace mixes three or more groups; on traces that follow the cut
 * the two agree (nothing is dropped, the pieces are the projections).
 */
final class SequenceSplit {
  private SequenceSplit() {}

  /**
   * Boundaries {@code b[0] = 0 <= b[1] <= ... <= b[k] = t.length}: group g's piece is {@code
   * t[b[g]..b[g+1])}.
   */
  static int[] boundaries(int[] t, int k, int[] groupOf) {
    int len = t.length;
    // kept[e]: most events kept by groups 0..g when group g's piece ends at e
    long[] kept = new long[len + 1];
    int[][] from = new int[k][];
    int[] prefix = prefix(t, 0, groupOf);
    for (int e = 0; e <= len; e++) {
      kept[e] = prefix[e];
    }
    for (int g = 1; g < k; g++) {
      prefix = prefix(t, g, groupOf);
      from[g] = new int[len + 1];
      long[] next = new long[len + 1];
      long bestValue = Long.MIN_VALUE;
      int bestStart = 0;
      for (int e = 0; e <= len; e++) {
        long v = kept[e] - prefix[e];
        if (v > bestValue) {
          bestValue = v;
          bestStart = e;
        }
        next[e] = prefix[e] + bestValue;
        from[g][e] = bestStart;
      }
      kept = next;
    }
    int[] b = new int[k + 1];
    b[k] = len;
    for (int g = k - 1; g >= 1; g--) {
      b[g] = from[g][b[g + 1]];
    }
    return b;
  }

  /** Number of group-g events among the first e events, for e = 0..length. */
  private static int[] prefix(int[] t, int g, int[] groupOf) {
    int[] p = new int[t.length + 1];
    for (int i = 0; i < t.length; i++) {
      p[i + 1] = p[i] + (groupOf[t[i]] == g ? 1 : 0);
    }
    return p;
  }
}
