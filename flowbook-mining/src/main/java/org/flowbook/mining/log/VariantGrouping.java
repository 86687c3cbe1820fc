package org.flowbook.mining.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the cases of a log by their activity sequence: which variant each case follows and how
 * many cases follow each variant, most frequent first (ties in order of first appearance).
 */
public final class VariantGrouping {
  private final int[] variantOfCase;
  private final int[] representative;
  private final long[] counts;
  private final EventLog log;

  private VariantGrouping(EventLog log, int[] variantOfCase, int[] representative, long[] counts) {
    this.log = log;
    this.variantOfCase = variantOfCase;
    this.representative = representative;
    this.counts = counts;
  }

  /** Groups the cases of {@code log}; one pass over the events, one hash lookup per case. */
  public static VariantGrouping of(EventLog log) {
    int cases = log.cases();
    Map<Key, Integer> index = new HashMap<>();
    int[] variantOfCase = new int[cases];
    List<long[]> seen = new ArrayList<>();
    int[] raw = new int[cases];
    for (int c = 0; c < cases; c++) {
      Key key = new Key(log, log.start(c), log.end(c));
      Integer v = index.get(key);
      if (v == null) {
        v = seen.size();
        index.put(key, v);
        seen.add(new long[] {0, c});
      }
      seen.get(v)[0]++;
      raw[c] = v;
    }
    Integer[] order = new Integer[seen.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Most frequent first; equal counts keep the order in which the variants first occurred.
    Arrays.sort(order, (a, b) -> Long.compare(seen.get(b)[0], seen.get(a)[0]));
    int[] rank = new int[order.length];
    int[] representative = new int[order.length];
    long[] counts = new long[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
      representative[r] = (int) seen.get(order[r])[1];
      counts[r] = seen.get(order[r])[0];
    }
    for (int c = 0; c < cases; c++) {
      variantOfCase[c] = rank[raw[c]];
    }
    return new VariantGrouping(log, variantOfCase, representative, counts);
  }

  public int variants() {
    return counts.length;
  }

  /** The rank (0 = most frequent) of the variant case {@code c} follows. */
  public int variantOf(int c) {
    return variantOfCase[c];
  }

  public long count(int variant) {
    return counts[variant];
  }

  /** A case that follows {@code variant} (the first one in the log). */
  public int representative(int variant) {
    return representative[variant];
  }

  /** The activity numbers of {@code variant} in order. */
  public int[] trace(int variant) {
    int c = representative[variant];
    int[] t = new int[log.end(c) - log.start(c)];
    for (int i = 0; i < t.length; i++) {
      t[i] = log.activity(log.start(c) + i);
    }
    return t;
  }

  TraceVariants toTraceVariants(List<String> activities) {
    List<int[]> traces = new ArrayList<>(counts.length);
    for (int v = 0; v < counts.length; v++) {
      traces.add(trace(v));
    }
    return new TraceVariants(activities, traces, counts);
  }

  /** A case's activity sequence as a hash key, without copying the events. */
  private static final class Key {
    private final EventLog log;
    private final int from;
    private final int to;
    private final int hash;

    Key(EventLog log, int from, int to) {
      this.log = log;
      this.from = from;
      this.to = to;
      int h = 1;
      for (int e = from; e < to; e++) {
        h = 31 * h + log.activity(e);
      }
      this.hash = h;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key k) || k.hash != hash || k.to - k.from != to - from) {
        return false;
      }
      for (int i = 0; i < to - from; i++) {
        if (log.activity(from + i) != k.log.activity(k.from + i)) {
          return false;
        }
      }
      return true;
    }
  }
}
