package org.flowbook.mining.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.log.EventLog;

/**
 * The directly-follows graph of a log with frequencies and waiting times, plus how often each
 * activity occurs, starts and ends a case. Sanity identity: the edge frequencies add up to events −
 * cases.
 *
 * @param edges most frequent first (ties by name)
 * @param activities occurrences per activity, most frequent first
 * @param starts cases starting with each activity, most frequent first
 * @param ends cases ending with each activity, most frequent first
 */
public record DirectlyFollowsGraph(
    List<DfgEdge> edges,
    List<ActivityCount> activities,
    List<ActivityCount> starts,
    List<ActivityCount> ends) {

  public DirectlyFollowsGraph {
    edges = List.copyOf(edges);
    activities = List.copyOf(activities);
    starts = List.copyOf(starts);
    ends = List.copyOf(ends);
  }

  /** The sum of all edge frequencies. */
  public long totalFrequency() {
    long n = 0;
    for (DfgEdge e : edges) {
      n += e.frequency();
    }
    return n;
  }

  /**
   * Builds the graph in two passes over the events: number the edges and count them, then group the
   * waiting times by edge (a counting sort) and summarise each group.
   */
  public static DirectlyFollowsGraph of(EventLog log) {
    return of(log, true);
  }

  /**
   * The graph with ({@code performance}) or without waiting times (then every edge's {@code
   * waiting} is {@link DurationStats#EMPTY}; one pass less, for frequency-only maps).
   */
  public static DirectlyFollowsGraph of(EventLog log, boolean performance) {
    int acts = log.activityNames().size();
    EdgeIndex index = new EdgeIndex(acts);
    int[] edgeOf = new int[Math.max(0, log.events())];
    long[] actCount = new long[acts];
    long[] startCount = new long[acts];
    long[] endCount = new long[acts];
    for (int c = 0; c < log.cases(); c++) {
      int s = log.start(c);
      int e = log.end(c);
      startCount[log.activity(s)]++;
      endCount[log.activity(e - 1)]++;
      actCount[log.activity(s)]++;
      for (int i = s + 1; i < e; i++) {
        actCount[log.activity(i)]++;
        edgeOf[i] = index.id(log.activity(i - 1), log.activity(i));
      }
    }
    int edges = index.size();
    if (!performance) {
      long[] freq = new long[edges];
      for (int c = 0; c < log.cases(); c++) {
        for (int i = log.start(c) + 1; i < log.end(c); i++) {
          freq[edgeOf[i]]++;
        }
      }
      List<DfgEdge> plain = new ArrayList<>(edges);
      for (int k = 0; k < edges; k++) {
        long key = index.key(k);
        plain.add(
            new DfgEdge(
                log.activityName((int) (key / acts)),
                log.activityName((int) (key % acts)),
                freq[k],
                DurationStats.EMPTY));
      }
      return finish(log, plain, actCount, startCount, endCount);
    }
    int[] offset = new int[edges + 1];
    for (int c = 0; c < log.cases(); c++) {
      for (int i = log.start(c) + 1; i < log.end(c); i++) {
        offset[edgeOf[i] + 1]++;
      }
    }
    for (int k = 0; k < edges; k++) {
      offset[k + 1] += offset[k];
    }
    long[] waits = new long[offset[edges]];
    int[] fill = Arrays.copyOf(offset, edges);
    for (int c = 0; c < log.cases(); c++) {
      for (int i = log.start(c) + 1; i < log.end(c); i++) {
        waits[fill[edgeOf[i]]++] = log.time(i) - log.time(i - 1);
      }
    }
    List<DfgEdge> result = new ArrayList<>(edges);
    for (int k = 0; k < edges; k++) {
      long key = index.key(k);
      result.add(
          new DfgEdge(
              log.activityName((int) (key / acts)),
              log.activityName((int) (key % acts)),
              offset[k + 1] - offset[k],
              DurationStats.ofRange(waits, offset[k], offset[k + 1])));
    }
    return finish(log, result, actCount, startCount, endCount);
  }

  private static DirectlyFollowsGraph finish(
      EventLog log, List<DfgEdge> edges, long[] acts, long[] starts, long[] ends) {
    edges.sort(
        Comparator.comparingLong(DfgEdge::frequency)
            .reversed()
            .thenComparing(DfgEdge::from)
            .thenComparing(DfgEdge::to));
    return new DirectlyFollowsGraph(
        edges, counts(log, acts), counts(log, starts), counts(log, ends));
  }

  private static List<ActivityCount> counts(EventLog log, long[] perActivity) {
    List<ActivityCount> list = new ArrayList<>();
    for (int a = 0; a < perActivity.length; a++) {
      if (perActivity[a] > 0) {
        list.add(new ActivityCount(log.activityName(a), perActivity[a]));
      }
    }
    list.sort(
        Comparator.comparingLong(ActivityCount::count)
            .reversed()
            .thenComparing(ActivityCount::activity));
    return list;
  }

  /** Numbers the distinct (from, to) pairs densely; an array when small, a map otherwise. */
  private static final class EdgeIndex {
    private final int acts;
    private final int[] dense;
    private final Map<Long, Integer> sparse;
    private long[] keys = new long[64];
    private int size;

    EdgeIndex(int acts) {
      this.acts = acts;
      long cells = (long) acts * acts;
      this.dense = cells <= (1 << 22) ? new int[(int) cells] : null;
      this.sparse = dense == null ? new HashMap<>() : null;
    }

    int id(int from, int to) {
      long key = (long) from * acts + to;
      if (dense != null) {
        int v = dense[(int) key];
        if (v != 0) {
          return v - 1;
        }
        dense[(int) key] = size + 1;
      } else {
        Integer v = sparse.get(key);
        if (v != null) {
          return v;
        }
        sparse.put(key, size);
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size] = key;
      return size++;
    }

    long key(int id) {
      return keys[id];
    }

    int size() {
      return size;
    }
  }
}
