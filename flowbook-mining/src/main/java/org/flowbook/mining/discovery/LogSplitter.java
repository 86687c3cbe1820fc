package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a log along a cut into one sub-log per group. Strict splitting (the plain inductive miner)
 * refuses a cut that some trace contradicts, which keeps every trace replayable; lenient splitting
 * (the infrequent miner) bends such traces to the cut by dropping or moving the offending events.
 */
final class LogSplitter {
  private LogSplitter() {}

  static Optional<List<SubLog>> split(SubLog log, Cut cut, boolean lenient) {
    Map<Integer, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < cut.groups().size(); g++) {
      for (int a : cut.groups().get(g)) {
        groupOf.put(a, g);
      }
    }
    List<SubLog> out = new ArrayList<>();
    for (int g = 0; g < cut.groups().size(); g++) {
      out.add(new SubLog());
    }
    for (int k = 0; k < log.size(); k++) {
      int[] t = log.traces.get(k);
      long c = log.counts.get(k);
      boolean ok =
          switch (cut.kind()) {
            case CHOICE -> choice(t, c, groupOf, out, lenient);
            case SEQUENCE -> sequence(t, c, groupOf, out, lenient);
            case PARALLEL -> project(t, c, groupOf, out);
            case LOOP -> loop(t, c, groupOf, out, lenient);
          };
      if (!ok) {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  private static boolean choice(
      int[] t, long c, Map<Integer, Integer> groupOf, List<SubLog> out, boolean lenient) {
    int[] hits = new int[out.size()];
    for (int a : t) {
      hits[groupOf.get(a)]++;
    }
    int best = 0;
    for (int g = 1; g < hits.length; g++) {
      if (hits[g] > hits[best]) {
        best = g;
      }
    }
    if (hits[best] != t.length && !lenient) {
      return false;
    }
    final int chosen = best;
    out.get(best).add(Arrays.stream(t).filter(a -> groupOf.get(a) == chosen).toArray(), c);
    return true;
  }

  private static boolean sequence(
      int[] t, long c, Map<Integer, Integer> groupOf, List<SubLog> out, boolean lenient) {
    if (!lenient) {
      for (int i = 1; i < t.length; i++) {
        if (groupOf.get(t[i]) < groupOf.get(t[i - 1])) {
          return false;
        }
      }
    }
    return project(t, c, groupOf, out);
  }

  private static boolean project(int[] t, long c, Map<Integer, Integer> groupOf, List<SubLog> out) {
    for (int g = 0; g < out.size(); g++) {
      final int group = g;
      out.get(g).add(Arrays.stream(t).filter(a -> groupOf.get(a) == group).toArray(), c);
    }
    return true;
  }

  /**
   * Body segments go to group 0, each redo segment to its group; the trace must begin and end in
   * the body.
   */
  private static boolean loop(
      int[] t, long c, Map<Integer, Integer> groupOf, List<SubLog> out, boolean lenient) {
    List<int[]> segments = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= t.length; i++) {
      if (i == t.length || !groupOf.get(t[i]).equals(groupOf.get(t[i - 1]))) {
        if (i > from) {
          segments.add(Arrays.copyOfRange(t, from, i));
          groups.add(groupOf.get(t[from]));
        }
        from = i;
      }
    }
    if (t.length == 0) {
      out.get(0).add(t, c);
      return true;
    }
    List<int[]> fixedSegments = new ArrayList<>();
    List<Integer> fixedGroups = new ArrayList<>();
    boolean expectBody = true;
    for (int s = 0; s < segments.size(); s++) {
      boolean isBody = groups.get(s) == 0;
      if (isBody != expectBody) {
        if (!lenient) {
          return false;
        }
        fixedSegments.add(new int[0]);
        fixedGroups.add(expectBody ? 0 : -1);
      }
      fixedSegments.add(segments.get(s));
      fixedGroups.add(groups.get(s));
      expectBody = !isBody;
    }
    if (expectBody) {
      if (!lenient) {
        return false;
      }
      fixedSegments.add(new int[0]);
      fixedGroups.add(0);
    }
    for (int s = 0; s < fixedSegments.size(); s++) {
      int g = fixedGroups.get(s);
      if (g >= 0) {
        out.get(g).add(fixedSegments.get(s), c);
      }
    }
    return true;
  }
}
