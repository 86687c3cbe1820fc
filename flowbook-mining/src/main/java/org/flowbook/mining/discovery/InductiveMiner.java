package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flowbook.mining.log.TraceVariants;

/**
 * The inductive miner: recursively finds the operator that splits the log's activities (exclusive
 * choice, sequence, parallel, loop), splits the log accordingly and mines each part, so the result
 * is a block-structured, sound model. With a noise threshold above 0 it is the infrequent variant
 * (IMf): when no cut fits all behaviour, directly-follows edges rarer than {@code noise} times the
 * most frequent edge out of the same activity are ignored, and traces are bent to the cut found.
 * When no cut exists at all, fall-throughs apply (an activity once per trace in parallel, loops
 * back to the start, and as a last resort a flower model that allows everything).
 */
public final class InductiveMiner {
  /** The default noise threshold of the infrequent variant. */
  public static final double DEFAULT_NOISE = 0.2;

  private static final int MAX_DEPTH = 500;

  private final double noise;
  private final List<String> names;

  private InductiveMiner(double noise, List<String> names) {
    this.noise = noise;
    this.names = names;
  }

  /**
   * Discovers a process tree; {@code noise} 0 is the plain inductive miner, whose model replays
   * every trace of the log.
   */
  public static ProcessTree discover(TraceVariants log, double noise) {
    if (noise < 0 || noise > 1 || Double.isNaN(noise)) {
      throw new IllegalArgumentException("noise threshold must be within 0..1, got " + noise);
    }
    SubLog sub = new SubLog();
    for (int i = 0; i < log.traces().size(); i++) {
      sub.add(log.traces().get(i), log.counts()[i]);
    }
    return new InductiveMiner(noise, log.activities()).mine(sub, 0);
  }

  private ProcessTree mine(SubLog input, int depth) {
    SubLog log = input;
    long empty = log.emptyCases();
    if (empty == log.cases()) {
      return new ProcessTree.Silent();
    }
    if (empty > 0) {
      if (noise > 0 && empty < noise * log.cases()) {
        log = log.withoutEmpty();
      } else {
        return new ProcessTree.Choice(
            List.of(new ProcessTree.Silent(), mine(log.withoutEmpty(), depth + 1)));
      }
    }
    return mineNonEmpty(log, depth);
  }

  private ProcessTree mineNonEmpty(SubLog log, int depth) {
    List<Integer> acts = log.activities();
    if (acts.size() == 1) {
      ProcessTree leaf = new ProcessTree.Leaf(names.get(acts.get(0)));
      boolean once = log.traces.stream().allMatch(t -> t.length == 1);
      return once ? leaf : new ProcessTree.Loop(leaf, new ProcessTree.Silent());
    }
    if (depth > MAX_DEPTH) {
      return flower(acts);
    }
    Dfg dfg = new Dfg(log, acts);
    Optional<ProcessTree> cut = viaCut(log, dfg, false, depth);
    if (cut.isEmpty() && noise > 0) {
      cut = viaCut(log, dfg.filtered(noise), true, depth);
    }
    return cut.orElseGet(() -> fallThrough(log, dfg, acts, depth));
  }

  private Optional<ProcessTree> viaCut(SubLog log, Dfg dfg, boolean lenient, int depth) {
    List<Optional<Cut>> candidates =
        List.of(
            CutFinder.choice(dfg),
            CutFinder.sequence(dfg),
            CutFinder.parallel(dfg),
            CutFinder.loop(dfg));
    for (Optional<Cut> candidate : candidates) {
      if (candidate.isEmpty()) {
        continue;
      }
      Cut cut = candidate.get();
      Optional<List<SubLog>> parts = LogSplitter.split(log, cut, lenient);
      if (parts.isPresent()) {
        return Optional.of(build(cut.kind(), parts.get(), depth));
      }
    }
    return Optional.empty();
  }

  private ProcessTree build(Cut.Kind kind, List<SubLog> parts, int depth) {
    List<ProcessTree> children = new ArrayList<>();
    for (SubLog part : parts) {
      children.add(mine(part, depth + 1));
    }
    return switch (kind) {
      case CHOICE -> new ProcessTree.Choice(children);
      case SEQUENCE -> new ProcessTree.Sequence(children);
      case PARALLEL -> new ProcessTree.Parallel(children);
      case LOOP ->
          new ProcessTree.Loop(
              children.get(0),
              children.size() == 2
                  ? children.get(1)
                  : new ProcessTree.Choice(children.subList(1, children.size())));
    };
  }

  private ProcessTree fallThrough(SubLog log, Dfg dfg, List<Integer> acts, int depth) {
    for (int a : acts) {
      if (log.traces.stream().allMatch(t -> count(t, a) == 1)) {
        SubLog rest = new SubLog();
        for (int k = 0; k < log.size(); k++) {
          rest.add(
              Arrays.stream(log.traces.get(k)).filter(x -> x != a).toArray(), log.counts.get(k));
        }
        return new ProcessTree.Parallel(
            List.of(new ProcessTree.Leaf(names.get(a)), mine(rest, depth + 1)));
      }
    }
    Optional<SubLog> strict = splitAtRestarts(log, dfg, true);
    if (strict.isPresent()) {
      return new ProcessTree.Loop(mine(strict.get(), depth + 1), new ProcessTree.Silent());
    }
    Optional<SubLog> loose = splitAtRestarts(log, dfg, false);
    if (loose.isPresent()) {
      return new ProcessTree.Loop(mine(loose.get(), depth + 1), new ProcessTree.Silent());
    }
    return flower(acts);
  }

  /**
   * Cuts traces where a start activity follows (strict: an end activity followed by a start
   * activity; else: any later occurrence of a start activity); empty when nothing was cut.
   */
  private static Optional<SubLog> splitAtRestarts(SubLog log, Dfg dfg, boolean strict) {
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

  private ProcessTree flower(List<Integer> acts) {
    List<ProcessTree> leaves = new ArrayList<>();
    for (int a : acts) {
      leaves.add(new ProcessTree.Leaf(names.get(a)));
    }
    return new ProcessTree.Loop(new ProcessTree.Silent(), new ProcessTree.Choice(leaves));
  }

  private static int count(int[] t, int a) {
    int n = 0;
    for (int x : t) {
      n += x == a ? 1 : 0;
    }
    return n;
  }
}
