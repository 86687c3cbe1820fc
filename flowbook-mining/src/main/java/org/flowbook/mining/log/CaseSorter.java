package org.flowbook.mining.log;

import java.util.Arrays;

/**
 * Sorts the events of one case by timestamp, stably (equal timestamps keep the file order, as
 * PM4Py's stable sort does). Logs are almost always sorted already, so this first checks.
 */
final class CaseSorter {
  private CaseSorter() {}

  static void sortByTime(int from, int to, int[] act, long[] ts, int[] res, byte[] life) {
    boolean sorted = true;
    for (int e = from + 1; e < to && sorted; e++) {
      sorted = ts[e - 1] <= ts[e];
    }
    if (sorted) {
      return;
    }
    int n = to - from;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = from + i;
    }
    // Arrays.sort on objects is a stable merge sort (TimSort).
    Arrays.sort(order, (a, b) -> Long.compare(ts[a], ts[b]));
    int[] a2 = new int[n];
    long[] t2 = new long[n];
    int[] r2 = new int[n];
    byte[] l2 = new byte[n];
    for (int i = 0; i < n; i++) {
      int e = order[i];
      a2[i] = act[e];
      t2[i] = ts[e];
      r2[i] = res[e];
      l2[i] = life[e];
    }
    System.arraycopy(a2, 0, act, from, n);
    System.arraycopy(t2, 0, ts, from, n);
    System.arraycopy(r2, 0, res, from, n);
    System.arraycopy(l2, 0, life, from, n);
  }
}
