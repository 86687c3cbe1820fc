package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The inductive miner's fall-throughs for a log in which no cut was found, in the published order
 * (empty traces are handled by the miner before): an activity once per trace, an activity
 * concurrent to the rest, a strict and a plain loop back to the start. Where a fall-through picks
 * an activity it tries them by name, as PM4Py does, so the same log gives the same model.
 */
final class FallThroughs {
  private FallThroughs() {}

  /** The first activity by name that occurs exactly once in every trace. */
  static OptionalInt oncePerTrace(SubLog log, List<Integer> acts, List<String> names) {
    for (int a : byName(acts, names)) {
      if (log.traces.stream().allMatch(t -> count(t, a) == 1)) {
        return OptionalInt.of(a);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The first activity by name without which the log has a cut (on all its behaviour, as the plain
   * miner finds cuts); the miner then puts it in parallel with the rest. Projecting a log on an
   * activity and on the others keeps every trace an interleaving of the two parts, so the model
   * still replays the whole log.
   */
  static OptionalInt concurrentActivity(SubLog log, Dfg dfg, List<String> names) {
    int max = Arrays.stream(dfg.acts).max().orElse(0);
    List<List<Integer>> containing = new ArrayList<>();
    for (int a = 0; a <= max; a++) {
      containing.add(new ArrayList<>());
    }
    for (int k = 0; k < log.size(); k++) {
      for (int a : log.traces.get(k)) {
        List<Integer> traces = containing.get(a);
        if (traces.isEmpty() || traces.get(traces.size() - 1) != k) {
          traces.add(k);
        }
      }
    }
    List<Integer> acts = Arrays.stream(dfg.acts).boxed().toList();
    for (int a : byName(acts, names)) {
      int[] with = containing.get(a).stream().mapToInt(Integer::intValue).toArray();
      if (CutFinder.find(dfg.without(a, log, with)).isPresent()) {
        return OptionalInt.of(a);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Cuts traces where a start activity follows (strict: an end activity followed by a start
   * activity; else: any later occurrence of a start activity); empty when nothing was cut.
   */
  static Optional<SubLog> splitAtRestarts(SubLog log, Dfg dfg, boolean strict) {
    int max = Arrays.stream(dfg.acts).max().orElse(0);
    boolean[] isStart = new boolean[max + 1];
    boolean[] isEnd = new boolean[max + 1];
    for (int i = 0; i < dfg.n; i++) {
      isStart[dfg.acts[i]] = dfg.start[i] > 0;
      isEnd[dfg.acts[i]] = dfg.end[i] > 0;
    }
    SubLog out = new SubLog();
    boolean cut = false;
    for (int k = 0; k < log.size(); k++) {
      int[] t = log.traces.get(k);
      int from = 0;
      for (int i = 1; i < t.length; i++) {
        if (isStart[t[i]] && (!strict || isEnd[t[i - 1]])) {
          out.add(Arrays.copyOfRange(t, from, i), log.counts.get(k));
          from = i;
          cut = true;
        }
      }
      out.add(Arrays.copyOfRange(t, from, t.length), log.counts.get(k));
    }
    return cut ? Optional.of(out) : Optional.empty();
  }

  private static List<Integer> byName(List<Integer> acts, List<String> names) {
    List<Integer> sorted = new ArrayList<>(acts);
    sorted.sort(Comparator.comparing(names::get));
    return sorted;
  }

  private static int count(int[] t, int a) {
    int n = 0;
    for (int x : t) {
      n += x == a ? 1 : 0;
    }
    return n;
  }
}
