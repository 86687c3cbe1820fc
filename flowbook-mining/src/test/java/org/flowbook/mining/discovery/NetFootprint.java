package org.flowbook.mining.discovery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.flowbook.mining.petri.NetStructure;
import org.flowbook.mining.petri.PetriNet;

/**
 * Test-only: the directly-follows footprint of a safe net's language (which label can directly
 * follow which, silent steps in between ignored; which labels can start and end a case), found by
 * exploring the reachable markings. It compares two nets independently of how each arranges its
 * silent transitions, so Flowbook's discovered nets can be held against PM4Py's.
 *
 * @param follows pairs "a -> b"
 */
record NetFootprint(Set<String> labels, Set<String> starts, Set<String> ends, Set<String> follows) {
  /** The footprint, or empty when the net has more than {@code maxStates} reachable markings. */
  static Optional<NetFootprint> of(PetriNet net, int maxStates) {
    List<String> labels = net.labels();
    if (labels.size() > 63) {
      return Optional.empty();
    }
    NetStructure s = new NetStructure(net);
    int[] labelOf = new int[s.transitions()];
    for (int t = 0; t < labelOf.length; t++) {
      labelOf[t] =
          net.transitions().get(t).isInvisible()
              ? -1
              : labels.indexOf(net.transitions().get(t).label());
    }
    Map<BitSet, Integer> index = new HashMap<>();
    List<boolean[]> markings = new ArrayList<>();
    List<long[]> last = new ArrayList<>(); // bit i: label i may be the last one; bit 63: no label
    Deque<Integer> work = new ArrayDeque<>();
    boolean[] init = new boolean[s.places()];
    for (int p = 0; p < init.length; p++) {
      init[p] = net.initial().tokens(p) > 0;
    }
    markings.add(init);
    last.add(new long[] {1L << 63});
    index.put(key(init), 0);
    work.add(0);
    Set<String> starts = new TreeSet<>();
    Set<String> follows = new TreeSet<>();
    while (!work.isEmpty()) {
      int m = work.poll();
      boolean[] marking = markings.get(m);
      long mask = last.get(m)[0];
      for (int t = 0; t < s.transitions(); t++) {
        if (!enabled(s, marking, t)) {
          continue;
        }
        boolean[] next = fire(s, marking, t);
        if (next == null) {
          return Optional.empty(); // not safe
        }
        long add;
        if (labelOf[t] < 0) {
          add = mask;
        } else {
          String b = labels.get(labelOf[t]);
          for (int a = 0; a < labels.size(); a++) {
            if ((mask & (1L << a)) != 0) {
              follows.add(labels.get(a) + " -> " + b);
            }
          }
          if ((mask & (1L << 63)) != 0) {
            starts.add(b);
          }
          add = 1L << labelOf[t];
        }
        Integer n = index.get(key(next));
        if (n == null) {
          if (markings.size() >= maxStates) {
            return Optional.empty();
          }
          n = markings.size();
          index.put(key(next), n);
          markings.add(next);
          last.add(new long[] {add});
          work.add(n);
        } else if ((last.get(n)[0] | add) != last.get(n)[0]) {
          last.get(n)[0] |= add;
          work.add(n);
        }
      }
    }
    Set<String> ends = new TreeSet<>();
    boolean[] fin = new boolean[s.places()];
    for (int p = 0; p < fin.length; p++) {
      fin[p] = net.fin().tokens(p) > 0;
    }
    Integer f = index.get(key(fin));
    if (f != null) {
      for (int a = 0; a < labels.size(); a++) {
        if ((last.get(f)[0] & (1L << a)) != 0) {
          ends.add(labels.get(a));
        }
      }
    }
    return Optional.of(new NetFootprint(new TreeSet<>(labels), starts, ends, follows));
  }

  /** Share of the union of both footprints (pairs, starts, ends) that the two have in common. */
  double agreement(NetFootprint o) {
    int common = 0;
    int union = 0;
    for (List<Set<String>> pair :
        List.of(List.of(follows, o.follows), List.of(starts, o.starts), List.of(ends, o.ends))) {
      Set<String> u = new TreeSet<>(pair.get(0));
      u.addAll(pair.get(1));
      union += u.size();
      for (String x : pair.get(0)) {
        common += pair.get(1).contains(x) ? 1 : 0;
      }
    }
    return union == 0 ? 1 : (double) common / union;
  }

  private static boolean enabled(NetStructure s, boolean[] m, int t) {
    for (int p : s.prePlaces(t)) {
      if (!m[p]) {
        return false;
      }
    }
    return true;
  }

  private static boolean[] fire(NetStructure s, boolean[] m, int t) {
    boolean[] next = Arrays.copyOf(m, m.length);
    for (int p : s.prePlaces(t)) {
      next[p] = false;
    }
    for (int p : s.postPlaces(t)) {
      if (next[p]) {
        return null;
      }
      next[p] = true;
    }
    return next;
  }

  private static BitSet key(boolean[] m) {
    BitSet k = new BitSet(m.length);
    for (int p = 0; p < m.length; p++) {
      k.set(p, m[p]);
    }
    return k;
  }
}
