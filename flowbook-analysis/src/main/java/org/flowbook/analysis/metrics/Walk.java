package org.flowbook.analysis.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The expected figures of a case walking part of a process, from an entry step until it ends or
 * reaches a stop step: the solver's unit of composition (one visit of a step, one parallel branch,
 * one called process, the whole process).
 *
 * @param work hands-on hours on the path that sets the cycle time (the longer parallel branch)
 * @param waiting waiting hours on that path
 * @param effort person-hours of work per role (all parallel branches), "" for unassigned work
 * @param tasks expected number of tasks per role
 * @param handoffs expected number of times the work passes from one role to another
 * @param visits expected visits per step id
 * @param exitRoles the probability of each role being the last to have worked when the walk ends
 * @param trapped steps in loops with no way out (their loops were cut to keep the figures finite)
 */
record Walk(
    double work,
    double waiting,
    Map<String, Double> effort,
    Map<String, Double> tasks,
    double handoffs,
    Map<String, Double> visits,
    Map<String, Double> exitRoles,
    Set<String> trapped) {

  static final Walk ZERO = new Walk(0, 0, Map.of(), Map.of(), 0, Map.of(), Map.of(), Set.of());

  Walk {
    effort = Map.copyOf(effort);
    tasks = Map.copyOf(tasks);
    visits = Map.copyOf(visits);
    exitRoles = Map.copyOf(exitRoles);
    trapped = Set.copyOf(trapped);
  }

  double time() {
    return work + waiting;
  }

  /** Accumulates {@code weight} times a walk; the exit roles are set separately. */
  static final class Sum {
    double work;
    double waiting;
    final Map<String, Double> effort = new HashMap<>();
    final Map<String, Double> tasks = new HashMap<>();
    double handoffs;
    final Map<String, Double> visits = new HashMap<>();
    final Map<String, Double> exitRoles = new HashMap<>();
    final Set<String> trapped = new HashSet<>();

    /** Adds a called process's walk: its figures, but not its step visits (other step ids). */
    void addCalled(Walk w) {
      work += w.work;
      waiting += w.waiting;
      w.effort.forEach((k, v) -> effort.merge(k, v, Double::sum));
      w.tasks.forEach((k, v) -> tasks.merge(k, v, Double::sum));
      handoffs += w.handoffs;
    }

    void add(Walk w, double weight, boolean onPath) {
      if (onPath) {
        work += weight * w.work;
        waiting += weight * w.waiting;
      }
      w.effort.forEach((k, v) -> effort.merge(k, weight * v, Double::sum));
      w.tasks.forEach((k, v) -> tasks.merge(k, weight * v, Double::sum));
      handoffs += weight * w.handoffs;
      w.visits.forEach((k, v) -> visits.merge(k, weight * v, Double::sum));
      trapped.addAll(w.trapped);
    }

    Walk toWalk() {
      return new Walk(work, waiting, effort, tasks, handoffs, visits, exitRoles, trapped);
    }
  }
}
