package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a log along a cut into one sub-log per group. Strict splitting (the plain inductive miner)
 * refuses a cut that some trace contradicts, which keeps every trace replayable; lenient splitting
 * (the infrequent miner) bends such traces to the cut by dropping or moving the offending events.
 */
final class LogSplitter {
  private LogSplitter() {}

  static Optional<List<SubLog>> split(SubLog log, Cut cut, boolean lenient) {
    int max = 0;
    for (int[] t : log.traces) {
      for (int a : t) {
        max = Math.max(max, a);
      }
    }
    int[] groupOf = new int[max + 1];
    for (int g = 0; g < cut.groups().size(); g++) {
      for (int a : cut.groups().get(g)) {
        if (a <= max) {
          groupOf[a] = g;
        }
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

  /**
   * The trace goes to the group most of its events belong to (lenient: the others are dropped). On
   * a tie the later group wins: groups come in order of their activities' first occurrence, so this
   * tends to keep a rarer part in the model. (PM4Py's choice among tied groups follows Python's
   * set-iteration order and varies between runs.)
   */
  private static boolean choice(int[] t, long c, int[] groupOf, List<SubLog> out, boolean lenient) {
    int[] hits = new int[out.size()];
    for (int a : t) {
      hits[groupOf[a]]++;
    }
    int best = 0;
    for (int g = 1; g < hits.length; g++) {
      if (hits[g] >= hits[best]) {
        best = g;
      }
    }
    if (hits[best] != t.length && !lenient) {
      return false;
    }
    final int chosen = best;
    out.get(best).add(Arrays.stream(t).filter(a -> groupOf[a] == chosen).toArray(), c);
    return true;
  }

  /**
   * Strict: refuses a trace that goes back to an earlier group, else projects. Lenient (IMf): cuts
   * the trace into consecutive pieces, one per group, that drop the fewest events ({@link
   * SequenceSplit}); a rare event out of order is dropped instead of making every group skippable.
   */
  private static boolean sequence(
      int[] t, long c, int[] groupOf, List<SubLog> out, boolean lenient) {
    if (!lenient) {
      for (int i = 1; i < t.length; i++) {
        if (groupOf[t[i]] < groupOf[t[i - 1]]) {
          return false;
        }
      }
    }
    int[] b = SequenceSplit.boundaries(t, out.size(), groupOf);
    for (int g = 0; g < out.size(); g++) {
      int n = 0;
      for (int i = b[g]; i < b[g + 1]; i++) {
        n += groupOf[t[i]] == g ? 1 : 0;
      }
      int[] part = new int[n];
      int k = 0;
      for (int i = b[g]; i < b[g + 1]; i++) {
        if (groupOf[t[i]] == g) {
          part[k++] = t[i];
        }
      }
      out.get(g).add(part, c);
    }
    return true;
  }

  private static boolean project(int[] t, long c, int[] groupOf, List<SubLog> out) {
    for (int g = 0; g < out.size(); g++) {
      final int group = g;
      out.get(g).add(Arrays.stream(t).filter(a -> groupOf[a] == group).toArray(), c);
    }
    return true;
  }

  /**
   * Body segments go to group 0, each redo segment to its group; the trace must begin and end in
   * the body.
   */
  private static boolean loop(int[] t, long c, int[] groupOf, List<SubLog> out, boolean lenient) {
    List<int[]> segments = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= t.length; i++) {
      if (i == t.length || groupOf[t[i]] != groupOf[t[i - 1]]) {
        if (i > from) {
          segments.add(Arrays.copyOfRange(t, from, i));
          groups.add(groupOf[t[from]]);
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
