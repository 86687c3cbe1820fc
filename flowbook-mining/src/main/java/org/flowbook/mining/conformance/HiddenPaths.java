package org.flowbook.mining.conformance;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.flowbook.mining.petri.NetStructure;

/**
 * For every pair of places, the shortest sequence of invisible transitions that moves a token from
 * the first to the second (breadth-first; ties go to the lower transition index). Token replay uses
 * these paths to enable a transition or reach the final marking through silent steps.
 */
final class HiddenPaths {
  private final int[][][] paths;

  HiddenPaths(NetStructure net, boolean[] invisible, int maxDepth) {
    int places = net.places();
    paths = new int[places][places][];
    int[][] hiddenOut = new int[places][];
    for (int p = 0; p < places; p++) {
      int[] buf = new int[net.transitions()];
      int n = 0;
      for (int t = 0; t < net.transitions(); t++) {
        if (invisible[t] && contains(net.prePlaces(t), p)) {
          buf[n++] = t;
        }
      }
      hiddenOut[p] = Arrays.copyOf(buf, n);
    }
    for (int from = 0; from < places; from++) {
      Deque<Integer> queue = new ArrayDeque<>();
      queue.add(from);
      int[][] row = paths[from];
      row[from] = null;
      boolean[] seen = new boolean[places];
      seen[from] = true;
      int[] empty = new int[0];
      int[][] via = new int[places][];
      via[from] = empty;
      while (!queue.isEmpty()) {
        int p = queue.poll();
        if (via[p].length >= maxDepth) {
          continue;
        }
        for (int t : hiddenOut[p]) {
          for (int q : net.postPlaces(t)) {
            if (!seen[q]) {
              seen[q] = true;
              int[] path = Arrays.copyOf(via[p], via[p].length + 1);
              path[path.length - 1] = t;
              via[q] = path;
              row[q] = path;
              queue.add(q);
            }
          }
        }
      }
    }
  }

  /**
   * The invisible transitions leading from {@code from} to {@code to}, or null if there are none.
   */
  int[] path(int from, int to) {
    return paths[from][to];
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }
}
