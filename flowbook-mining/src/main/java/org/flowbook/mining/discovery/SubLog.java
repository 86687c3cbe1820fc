package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The miner's working log: distinct traces of activity ids with their counts. Splitting a log along
 * a cut produces new sub-logs; identical traces are merged again.
 */
final class SubLog {
  final List<int[]> traces = new ArrayList<>();
  final List<Long> counts = new ArrayList<>();
  private final Map<Key, Integer> index = new HashMap<>();

  /** A trace as a hash key (arrays compare by identity). */
  private record Key(int[] trace) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(trace, k.trace);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(trace);
    }
  }

  void add(int[] trace, long count) {
    Key key = new Key(trace);
    Integer i = index.get(key);
    if (i == null) {
      index.put(key, traces.size());
      traces.add(trace);
      counts.add(count);
    } else {
      counts.set(i, counts.get(i) + count);
    }
  }

  int size() {
    return traces.size();
  }

  long cases() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  long emptyCases() {
    long n = 0;
    for (int i = 0; i < traces.size(); i++) {
      if (traces.get(i).length == 0) {
        n += counts.get(i);
      }
    }
    return n;
  }

  /** The log without its empty traces. */
  SubLog withoutEmpty() {
    SubLog out = new SubLog();
    for (int i = 0; i < traces.size(); i++) {
      if (traces.get(i).length > 0) {
        out.add(traces.get(i), counts.get(i));
      }
    }
    return out;
  }

  /** The activities occurring in the log, in order of first occurrence. */
  List<Integer> activities() {
    List<Integer> out = new ArrayList<>();
    boolean[] seen = new boolean[64];
    for (int[] t : traces) {
      for (int a : t) {
        if (a >= seen.length) {
          seen = Arrays.copyOf(seen, Math.max(a + 1, 2 * seen.length));
        }
        if (!seen[a]) {
          seen[a] = true;
          out.add(a);
        }
      }
    }
    return out;
  }

  /** Each trace reduced to its events of activity {@code a} (possibly none). */
  SubLog only(int a) {
    return filter(a, true);
  }

  /** Each trace without its events of activity {@code a}. */
  SubLog without(int a) {
    return filter(a, false);
  }

  private SubLog filter(int a, boolean keep) {
    SubLog out = new SubLog();
    for (int i = 0; i < traces.size(); i++) {
      int[] t = traces.get(i);
      int n = 0;
      for (int x : t) {
        n += (x == a) == keep ? 1 : 0;
      }
      int[] kept = new int[n];
      int k = 0;
      for (int x : t) {
        if ((x == a) == keep) {
          kept[k++] = x;
        }
      }
      out.add(kept, counts.get(i));
    }
    return out;
  }
}
