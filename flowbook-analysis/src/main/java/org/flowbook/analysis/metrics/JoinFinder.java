package org.flowbook.analysis.metrics;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Flow;
import org.flowbook.model.Parallel;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Step;

/**
 * Finds the join of a parallel split: the nearest parallel step with several incoming flows that
 * every branch reaches. Nested blocks work because an inner join is reached by one outer branch
 * only.
 */
final class JoinFinder {
  private final ProcessIndex index;
  private final Map<String, Optional<String>> cache = new HashMap<>();

  JoinFinder(ProcessIndex index) {
    this.index = index;
  }

  /** Whether the step starts parallel branches. */
  boolean isSplit(Step step) {
    return step instanceof Parallel && index.outgoing(step.id()).size() > 1;
  }

  Optional<String> joinOf(String split) {
    return cache.computeIfAbsent(split, this::find);
  }

  private Optional<String> find(String split) {
    List<Flow> branches = index.outgoing(split);
    Map<String, Integer> worst = new HashMap<>();
    Map<String, Integer> reachedBy = new HashMap<>();
    for (Flow b : branches) {
      for (Map.Entry<String, Integer> e : distances(b.to(), split).entrySet()) {
        worst.merge(e.getKey(), e.getValue(), Math::max);
        reachedBy.merge(e.getKey(), 1, Integer::sum);
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, Integer> e : worst.entrySet()) {
      String id = e.getKey();
      boolean join =
          index.step(id).filter(Parallel.class::isInstance).isPresent()
              && index.incoming(id).size() > 1;
      if (join && reachedBy.get(id) == branches.size() && e.getValue() < bestDistance) {
        best = id;
        bestDistance = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Breadth-first distances from a branch's first step, not passing through the split. */
  private Map<String, Integer> distances(String from, String split) {
    Map<String, Integer> dist = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    dist.put(from, 0);
    queue.add(from);
    while (!queue.isEmpty()) {
      String id = queue.poll();
      for (Flow f : index.outgoing(id)) {
        if (!f.to().equals(split) && !dist.containsKey(f.to())) {
          dist.put(f.to(), dist.get(id) + 1);
          queue.add(f.to());
        }
      }
    }
    return dist;
  }
}
