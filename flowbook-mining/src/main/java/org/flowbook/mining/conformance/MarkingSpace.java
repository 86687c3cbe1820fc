package org.flowbook.mining.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.petri.NetStructure;

/**
 * The reachable markings of one net met so far, interned to ids, with their enabled transitions,
 * successor markings and the labels that could still fire from them — computed once and reused by
 * every search of the same thread. Not thread-safe: one per worker.
 */
final class MarkingSpace {
  private final NetStructure net;
  private final int[] labelOf;
  private final Map<Key, Integer> ids = new HashMap<>();
  private final List<int[]> markings = new ArrayList<>();
  private final List<int[]> enabled = new ArrayList<>();
  private final List<int[]> successors = new ArrayList<>();
  private final List<BitSet> future = new ArrayList<>();

  /**
   * @param labelOf per transition the id of its label, -1 for invisible ones
   */
  MarkingSpace(NetStructure net, int[] labelOf) {
    this.net = net;
    this.labelOf = labelOf;
  }

  int id(int[] marking) {
    Key k = new Key(marking);
    Integer id = ids.get(k);
    if (id != null) {
      return id;
    }
    int n = markings.size();
    ids.put(k, n);
    markings.add(marking);
    enabled.add(null);
    successors.add(null);
    future.add(null);
    return n;
  }

  int[] marking(int id) {
    return markings.get(id);
  }

  int size() {
    return markings.size();
  }

  /** The transitions enabled in marking {@code id}. */
  int[] enabled(int id) {
    int[] e = enabled.get(id);
    if (e == null) {
      expand(id);
      e = enabled.get(id);
    }
    return e;
  }

  /** The marking ids reached by firing {@code enabled(id)[k]}, index for index. */
  int[] successors(int id) {
    int[] s = successors.get(id);
    if (s == null) {
      expand(id);
      s = successors.get(id);
    }
    return s;
  }

  private void expand(int id) {
    int[] m = markings.get(id);
    int[] buf = new int[net.transitions()];
    int n = 0;
    for (int t = 0; t < net.transitions(); t++) {
      if (net.enabled(t, m)) {
        buf[n++] = t;
      }
    }
    int[] e = Arrays.copyOf(buf, n);
    int[] s = new int[n];
    enabled.set(id, e);
    for (int k = 0; k < n; k++) {
      int[] next = m.clone();
      net.fire(e[k], next);
      s[k] = id(next);
    }
    successors.set(id, s);
  }

  /**
   * The labels of transitions that might still fire from marking {@code id}: a transition can only
   * fire if each of its input places is marked now or filled by a transition that might fire. This
   * over-approximates, so a label outside the set certainly cannot be matched any more.
   */
  BitSet futureLabels(int id) {
    BitSet f = future.get(id);
    if (f != null) {
      return f;
    }
    int[] m = markings.get(id);
    boolean[] filled = new boolean[net.places()];
    for (int p = 0; p < m.length; p++) {
      filled[p] = m[p] > 0;
    }
    boolean[] fires = new boolean[net.transitions()];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int t = 0; t < fires.length; t++) {
        if (fires[t] || !allFilled(net.prePlaces(t), filled)) {
          continue;
        }
        fires[t] = true;
        changed = true;
        for (int p : net.postPlaces(t)) {
          filled[p] = true;
        }
      }
    }
    f = new BitSet();
    for (int t = 0; t < fires.length; t++) {
      if (fires[t] && labelOf[t] >= 0) {
        f.set(labelOf[t]);
      }
    }
    future.set(id, f);
    return f;
  }

  private static boolean allFilled(int[] places, boolean[] filled) {
    for (int p : places) {
      if (!filled[p]) {
        return false;
      }
    }
    return true;
  }

  private record Key(int[] m) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(m, k.m);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(m);
    }
  }
}
