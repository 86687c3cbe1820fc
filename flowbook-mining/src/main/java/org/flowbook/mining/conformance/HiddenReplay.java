package org.flowbook.mining.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.mining.petri.NetStructure;

/**
 * The silent-step heuristics of token replay: which invisible transitions to fire so that a visible
 * transition becomes enabled, or so that the final marking is reached. Follows PM4Py's procedure
 * (shortest silent paths from marked places to starved places, shortest first, at most two levels
 * of recursion), firing on the marking in place and returning the transitions fired.
 */
final class HiddenReplay {
  private static final int MAX_DEPTH = 2;
  private static final int FINAL_ROUNDS = 5;

  private final NetStructure net;
  private final HiddenPaths paths;
  private final Integer[] placeOrder;

  HiddenReplay(NetStructure net, HiddenPaths paths, Integer[] placeOrder) {
    this.net = net;
    this.paths = paths;
    this.placeOrder = placeOrder;
  }

  /** Tries to enable {@code t} by firing invisible transitions; returns those fired. */
  List<Integer> enable(int t, int[] marking) {
    List<Integer> fired = new ArrayList<>();
    apply(t, marking, 0, new HashSet<>(), fired);
    return fired;
  }

  private void apply(int t, int[] marking, int depth, Set<Integer> visited, List<Integer> fired) {
    if (depth >= MAX_DEPTH || visited.contains(t)) {
      return;
    }
    visited.add(t);
    int[] starved = starved(t, marking);
    List<int[]> groups = pathsBetween(marked(marking), starved);
    if (groups.isEmpty()) {
      return;
    }
    fireRoundRobin(t, marking, groups, visited, fired);
    if (!net.enabled(t, marking)) {
      for (int[] group : pathsBetween(marked(marking), starved)) {
        for (int t4 : group) {
          if (t4 == t || visited.contains(t4)) {
            continue;
          }
          if (!net.enabled(t4, marking)) {
            apply(t4, marking, depth + 1, visited, fired);
          }
          if (net.enabled(t4, marking)) {
            net.fire(t4, marking);
            fired.add(t4);
            visited.add(t4);
          }
        }
      }
    }
    // PM4Py retries t here when the marking changed, but t is already visited, so it stops.
  }

  /**
   * Walks the paths in turns, one transition per path per turn, until t is enabled or nothing
   * fires.
   */
  private void fireRoundRobin(
      int t, int[] marking, List<int[]> groups, Set<Integer> visited, List<Integer> fired) {
    int[] next = new int[groups.size()];
    for (int z = 0; ; z++) {
      int g = z % groups.size();
      int[] group = groups.get(g);
      boolean changed = false;
      while (next[g] < group.length) {
        int t3 = group[next[g]];
        if (t3 != t && net.enabled(t3, marking) && !visited.contains(t3)) {
          net.fire(t3, marking);
          fired.add(t3);
          visited.add(t3);
          changed = true;
        }
        next[g]++;
        if (net.enabled(t, marking)) {
          break;
        }
      }
      if (net.enabled(t, marking) || !changed) {
        return;
      }
    }
  }

  /** Fires silent paths from the marked places towards the final places; returns those fired. */
  List<Integer> towardsFinal(int[] marking, int[] finalPlaces) {
    List<Integer> fired = new ArrayList<>();
    for (int round = 0; round < FINAL_ROUNDS && !reached(marking, finalPlaces); round++) {
      for (int[] group : pathsBetween(marked(marking), finalPlaces)) {
        for (int t : group) {
          if (net.enabled(t, marking)) {
            net.fire(t, marking);
            fired.add(t);
          }
        }
        if (reached(marking, finalPlaces)) {
          break;
        }
      }
    }
    if (!reached(marking, finalPlaces) && finalPlaces.length == 1) {
      List<int[]> toSink = pathsBetween(marked(marking), finalPlaces);
      for (int round = 0; round < FINAL_ROUNDS; round++) {
        for (int[] path : toSink) {
          for (int t : path) {
            if (!net.enabled(t, marking)) {
              break;
            }
            net.fire(t, marking);
            fired.add(t);
          }
        }
      }
    }
    return fired;
  }

  /** PM4Py's test: every final place holds a token (other tokens may remain). */
  private static boolean reached(int[] marking, int[] finalPlaces) {
    for (int p : finalPlaces) {
      if (marking[p] == 0) {
        return false;
      }
    }
    return true;
  }

  private List<int[]> pathsBetween(int[] from, int[] to) {
    List<int[]> out = new ArrayList<>();
    for (int p1 : from) {
      for (int p2 : to) {
        int[] path = paths.path(p1, p2);
        if (path != null) {
          out.add(path);
        }
      }
    }
    out.sort(Comparator.comparingInt(a -> a.length));
    return out;
  }

  private int[] marked(int[] marking) {
    return Arrays.stream(placeOrder)
        .mapToInt(Integer::intValue)
        .filter(p -> marking[p] > 0)
        .toArray();
  }

  private int[] starved(int t, int[] marking) {
    int[] ps = net.prePlaces(t);
    int[] ws = net.preWeights(t);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < ps.length; i++) {
      if (marking[ps[i]] < ws[i]) {
        out.add(ps[i]);
      }
    }
    return out.stream()
        .sorted(Comparator.comparingInt(this::rank))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private int rank(int place) {
    for (int i = 0; i < placeOrder.length; i++) {
      if (placeOrder[i] == place) {
        return i;
      }
    }
    return -1;
  }
}
