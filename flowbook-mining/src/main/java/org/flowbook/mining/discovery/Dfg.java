package org.flowbook.mining.discovery;

import java.util.List;

/**
 * The directly-follows graph of a sub-log over a dense numbering of its activities, with start and
 * end counts — the miner's view for finding cuts. {@link #filtered} drops infrequent edges as the
 * infrequent miner (IMf) does.
 */
final class Dfg {
  final int[] acts;
  final int n;
  final long[][] edge;
  final long[] start;
  final long[] end;
  final long[] occurrences;

  Dfg(SubLog log, List<Integer> activities) {
    this(log, activities, -1);
  }

  /**
   * The graph of the log with every event of activity {@code skip} removed (its neighbours then
   * follow each other directly); {@code activities} must not contain it. -1 removes nothing.
   */
  Dfg(SubLog log, List<Integer> activities, int skip) {
    acts = activities.stream().mapToInt(Integer::intValue).toArray();
    n = acts.length;
    edge = new long[n][n];
    start = new long[n];
    end = new long[n];
    occurrences = new long[n];
    int max = Math.max(skip, 0);
    for (int a : acts) {
      max = Math.max(max, a);
    }
    int[] local = new int[max + 1];
    for (int i = 0; i < n; i++) {
      local[acts[i]] = i;
    }
    for (int k = 0; k < log.size(); k++) {
      int[] t = log.traces.get(k);
      long c = log.counts.get(k);
      int prev = -1;
      for (int a : t) {
        if (a == skip) {
          continue;
        }
        int x = local[a];
        occurrences[x] += c;
        if (prev < 0) {
          start[x] += c;
        } else {
          edge[prev][x] += c;
        }
        prev = x;
      }
      if (prev >= 0) {
        end[prev] += c;
      }
    }
  }

  private Dfg(Dfg d, long[][] edge, long[] start, long[] end) {
    this.acts = d.acts;
    this.n = d.n;
    this.edge = edge;
    this.start = start;
    this.end = end;
    this.occurrences = d.occurrences;
  }

  /**
   * Keeps an edge a→b only if it is more frequent than {@code noise} times the most frequent way
   * out of a (its edges, and ending the trace if a is an end activity), as PM4Py's IMf does; start
   * and end activities are kept.
   */
  Dfg filtered(double noise) {
    long[][] e = new long[n][n];
    for (int a = 0; a < n; a++) {
      long max = end[a];
      for (int b = 0; b < n; b++) {
        max = Math.max(max, edge[a][b]);
      }
      for (int b = 0; b < n; b++) {
        e[a][b] = edge[a][b] > noise * max ? edge[a][b] : 0;
      }
    }
    return new Dfg(this, e, start, end);
  }

  boolean has(int a, int b) {
    return edge[a][b] > 0;
  }

  /** Transitive reachability over the edges (a reaches b by a path of one or more edges). */
  boolean[][] reach() {
    boolean[][] r = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      int[] stack = new int[n];
      int top = 0;
      for (int b = 0; b < n; b++) {
        if (has(a, b) && !r[a][b]) {
          r[a][b] = true;
          stack[top++] = b;
        }
      }
      while (top > 0) {
        int x = stack[--top];
        for (int b = 0; b < n; b++) {
          if (has(x, b) && !r[a][b]) {
            r[a][b] = true;
            stack[top++] = b;
          }
        }
      }
    }
    return r;
  }
}
