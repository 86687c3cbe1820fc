package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.flowbook.mining.log.TraceVariants;

/**
 * The inductive miner: recursively finds the operator that splits the log's activities (exclusive
 * choice, sequence, parallel, loop), splits the log accordingly and mines each part, so the result
 * is a block-structured, sound model. With a noise threshold above 0 it is the infrequent variant
 * (IMf): when no cut fits all behaviour, directly-follows edges rarer than {@code noise} times the
 * most frequent edge out of the same activity are ignored, and traces are bent to the cut found.
 * When no cut exists at all, fall-throughs apply (an activity once per trace or one without which
 * the rest has a cut, in parallel with the rest; loops back to the start; and as a last resort a
 * flower model that allows everything).
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
    // activity ids in name order, so that ties between groups resolve alike for any log order
    List<String> names = new ArrayList<>(log.activities());
    names.sort(Comparator.naturalOrder());
    int[] id = new int[names.size()];
    for (int a = 0; a < id.length; a++) {
      id[a] = Collections.binarySearch(names, log.activities().get(a));
    }
    SubLog sub = new SubLog();
    for (int i = 0; i < log.traces().size(); i++) {
      sub.add(Arrays.stream(log.traces().get(i)).map(a -> id[a]).toArray(), log.counts()[i]);
    }
    return new InductiveMiner(noise, names).mine(sub, 0);
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
        return TreeFolding.choice(
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
    List<Function<Dfg, Optional<Cut>>> finders =
        List.of(CutFinder::choice, CutFinder::sequence, CutFinder::parallel, CutFinder::loop);
    for (Function<Dfg, Optional<Cut>> finder : finders) {
      Optional<Cut> candidate = finder.apply(dfg);
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
      case CHOICE -> TreeFolding.choice(children);
      case SEQUENCE -> TreeFolding.sequence(children);
      case PARALLEL -> TreeFolding.parallel(children);
      case LOOP ->
          new ProcessTree.Loop(
              children.get(0),
              children.size() == 2
                  ? children.get(1)
                  : TreeFolding.choice(children.subList(1, children.size())));
    };
  }

  private ProcessTree fallThrough(SubLog log, Dfg dfg, List<Integer> acts, int depth) {
    OptionalInt single = FallThroughs.oncePerTrace(log, acts, names);
    if (single.isEmpty()) {
      single = FallThroughs.concurrentActivity(log, dfg, names);
    }
    if (single.isPresent()) {
      int a = single.getAsInt();
      return TreeFolding.parallel(
          List.of(mine(log.only(a), depth + 1), mine(log.without(a), depth + 1)));
    }
    for (boolean strict : new boolean[] {true, false}) {
      Optional<SubLog> restarts = FallThroughs.splitAtRestarts(log, dfg, strict);
      if (restarts.isPresent()) {
        return new ProcessTree.Loop(mine(restarts.get(), depth + 1), new ProcessTree.Silent());
      }
    }
    return flower(acts);
  }

  private ProcessTree flower(List<Integer> acts) {
    List<ProcessTree> leaves = new ArrayList<>();
    for (int a : acts) {
      leaves.add(new ProcessTree.Leaf(names.get(a)));
    }
    return new ProcessTree.Loop(new ProcessTree.Silent(), new ProcessTree.Choice(leaves));
  }
}
