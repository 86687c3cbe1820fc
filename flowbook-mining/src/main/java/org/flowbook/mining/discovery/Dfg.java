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
    this(activities.stream().mapToInt(Integer::intValue).toArray());
    int[] local = localIndex();
    for (int k = 0; k < log.size(); k++) {
      int[] t = log.traces.get(k);
      long c = log.counts.get(k);
      if (t.length == 0) {
        continue;
      }
      start[local[t[0]]] += c;
      end[local[t[t.length - 1]]] += c;
      for (int i = 0; i < t.length; i++) {
        occurrences[local[t[i]]] += c;
        if (i > 0) {
          edge[local[t[i - 1]]][local[t[i]]] += c;
        }
      }
    }
  }

  private Dfg(int[] acts) {
    this.acts = acts;
    n = acts.length;
    edge = new long[n][n];
    start = new long[n];
    end = new long[n];
    occurrences = new long[n];
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
   * The graph of {@code log} (whose graph this is) with every event of activity {@code removed}
   * taken out, so that its neighbours follow each other directly. Only the traces listed in {@code
   * containing} hold the activity, and only they are read again.
   */
  Dfg without(int removed, SubLog log, int[] containing) {
    int[] local = localIndex();
    int gone = local[removed];
    int[] keep = new int[n - 1];
    int[] to = new int[n];
    for (int i = 0, j = 0; i < n; i++) {
      to[i] = i == gone ? -1 : j;
      if (i != gone) {
        keep[j++] = acts[i];
      }
    }
    Dfg d = new Dfg(keep);
    for (int i = 0; i < n; i++) {
      if (i == gone) {
        continue;
      }
      d.start[to[i]] = start[i];
      d.end[to[i]] = end[i];
      d.occurrences[to[i]] = occurrences[i];
      for (int j = 0; j < n; j++) {
        if (j != gone) {
          d.edge[to[i]][to[j]] = edge[i][j];
        }
      }
    }
    for (int k : containing) {
      int[] t = log.traces.get(k);
      long c = log.counts.get(k);
      for (int i = 0; i < t.length; i++) {
        if (t[i] != removed) {
          continue;
        }
        int j = i;
        while (j < t.length && t[j] == removed) {
          j++;
        }
        int before = i > 0 ? to[local[t[i - 1]]] : -1;
        int after = j < t.length ? to[local[t[j]]] : -1;
        if (before >= 0 && after >= 0) {
          d.edge[before][after] += c;
        } else if (after >= 0) {
          d.start[after] += c;
        } else if (before >= 0) {
          d.end[before] += c;
        }
        i = j;
      }
    }
    return d;
  }

  private int[] localIndex() {
    int max = 0;
    for (int a : acts) {
      max = Math.max(max, a);
    }
    int[] local = new int[max + 1];
    for (int i = 0; i < n; i++) {
      local[acts[i]] = i;
    }
    return local;
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
