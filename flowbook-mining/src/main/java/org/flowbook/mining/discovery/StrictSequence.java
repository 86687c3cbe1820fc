package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The strict sequence cut (Leemans, "Robust Process Mining with Guarantees", p. 233): after the
 * sequence cut is found, a part that can be skipped absorbs its neighbours that lead only into it
 * (or come only from it). Without this, {@code a (b c)?} becomes {@code a b? c?}, a model that also
 * allows {@code a c}; PM4Py and ProM apply it too.
 */
final class StrictSequence {
  private StrictSequence() {}

  /** The ordered groups, merged where skipping requires it; groups are local activity indexes. */
  static List<Set<Integer>> merge(Dfg d, List<Set<Integer>> ordered) {
    int k = ordered.size();
    int[] original = new int[d.n];
    for (int g = 0; g < k; g++) {
      for (int a : ordered.get(g)) {
        original[a] = g;
      }
    }
    // earliest group an edge comes from into g, latest group an edge from g goes to; a start
    // (end) activity counts as coming from before (going to after) every group
    int[] from = new int[k];
    int[] to = new int[k];
    for (int g = 0; g < k; g++) {
      from[g] = ordered.get(g).stream().anyMatch(a -> d.start[a] > 0) ? -1 : Integer.MAX_VALUE;
      to[g] = ordered.get(g).stream().anyMatch(a -> d.end[a] > 0) ? k : -1;
    }
    for (int a = 0; a < d.n; a++) {
      for (int b = 0; b < d.n; b++) {
        if (d.has(a, b)) {
          from[original[b]] = Math.min(from[original[b]], original[a]);
          to[original[a]] = Math.max(to[original[a]], original[b]);
        }
      }
    }
    List<Set<Integer>> groups = new ArrayList<>();
    int[] current = original.clone();
    for (Set<Integer> g : ordered) {
      groups.add(new LinkedHashSet<>(g));
    }
    for (int p = 0; p < k; p++) {
      if (!skippable(d, p, current)) {
        continue;
      }
      for (int q = p - 1; q >= 0 && to[q] <= p; q--) {
        absorb(groups, current, p, q);
      }
      for (int q = p + 1; q < k && from[q] >= p; q++) {
        absorb(groups, current, p, q);
      }
    }
    groups.removeIf(Set::isEmpty);
    return groups;
  }

  /** Whether some behaviour passes group p by: an edge over it, or a start after or end before. */
  private static boolean skippable(Dfg d, int p, int[] group) {
    for (int a = 0; a < d.n; a++) {
      if (group[a] > p && d.start[a] > 0 || group[a] < p && d.end[a] > 0) {
        return true;
      }
      if (group[a] < p) {
        for (int b = 0; b < d.n; b++) {
          if (group[b] > p && d.has(a, b)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void absorb(List<Set<Integer>> groups, int[] current, int p, int q) {
    for (int a : groups.get(q)) {
      current[a] = p;
    }
    groups.get(p).addAll(groups.get(q));
    groups.get(q).clear();
  }
}
