package org.flowbook.analysis.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.flowbook.model.Call;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/**
 * Expected figures of a process as an absorbing Markov chain. A state is a step together with the
 * role that last worked (so that a handoff can be counted when the next role differs); its
 * transitions are the branch shares. The expected number of visits of every state solves {@code (I
 * - Q)^T v = e_entry} exactly, which takes rework loops into account without enumerating paths. A
 * parallel block is one state whose figures come from solving each branch up to the join: its time
 * is the longer branch's, its work is all branches'.
 */
final class FlowSolver {
  /** Above this many states the solver iterates instead of eliminating (O(n^2) per sweep). */
  private static final int DENSE_LIMIT = 900;

  private static final String NO_JOIN = "\u0000absorbed";

  private final ProcessIndex index;
  private final JoinFinder joins;
  private final Function<String, Optional<Walk>> calledWalks;
  private final Map<String, Walk> blocks = new HashMap<>();
  private final Set<String> blocksInProgress = new HashSet<>();
  private final Map<String, String> criticalBranches = new HashMap<>();

  /**
   * @param calledWalks the walk of a called process by id, or empty when unknown (or when a call
   *     would recurse)
   */
  FlowSolver(Process process, Function<String, Optional<Walk>> calledWalks) {
    this.index = ProcessIndex.of(process);
    this.joins = new JoinFinder(index);
    this.calledWalks = calledWalks;
  }

  ProcessIndex index() {
    return index;
  }

  JoinFinder joins() {
    return joins;
  }

  /** The first step of the longest branch of each parallel split solved so far. */
  Map<String, String> criticalBranches() {
    return Map.copyOf(criticalBranches);
  }

  /** Solves the walk from {@code entry} (entered after {@code entryRole}) until an end or stop. */
  Walk solve(String entry, String entryRole, String stop) {
    Chain chain = new Chain(stop);
    int start = chain.state(entry, roleAfter(entry, entryRole));
    chain.explore();
    double[] visits = chain.visits(start);
    Walk.Sum sum = new Walk.Sum();
    sum.handoffs += handoff(entryRole, entry);
    for (int i = 0; i < chain.size(); i++) {
      double v = visits[i];
      if (v <= 0) {
        continue;
      }
      Chain.State s = chain.states.get(i);
      sum.add(s.segment, v, true);
      sum.visits.merge(s.step, v, Double::sum);
      for (Chain.Edge e : s.edges) {
        sum.handoffs += v * e.probability * e.handoff;
        if (e.target < 0) {
          sum.exitRoles.merge(e.exitRole, v * e.probability, Double::sum);
        }
      }
      if (s.trapped) {
        sum.trapped.add(s.step);
        sum.exitRoles.merge(s.role, v, Double::sum);
      }
    }
    return sum.toWalk();
  }

  private String roleAfter(String stepId, String role) {
    String performer = performer(stepId);
    return performer.isEmpty() ? role : performer;
  }

  private String performer(String stepId) {
    return index.step(stepId).map(Step::performer).orElse("");
  }

  private int handoff(String fromRole, String toStep) {
    String to = performer(toStep);
    return !fromRole.isEmpty() && !to.isEmpty() && !to.equals(fromRole) ? 1 : 0;
  }

  /** What one visit of a plain step adds: its own work and wait, and a called process's walk. */
  private Walk own(Step step) {
    Task t = step.task();
    double work = hours(t.workTime());
    double wait = hours(t.waitTime());
    Walk.Sum sum = new Walk.Sum();
    sum.work = work;
    sum.waiting = wait;
    if (work > 0) {
      sum.effort.put(t.performer(), work);
    }
    if (t.hasPerformer() || work > 0) {
      sum.tasks.put(t.performer(), 1.0);
    }
    if (step instanceof Call c) {
      calledWalks.apply(c.processId()).ifPresent(sum::addCalled);
    }
    return sum.toWalk();
  }

  /** One visit of a parallel block entered after {@code role}: the branches solved to the join. */
  private Walk block(String split, String role) {
    String key = split + "\u0000" + role;
    Walk cached = blocks.get(key);
    if (cached != null) {
      return cached;
    }
    if (!blocksInProgress.add(key)) {
      // A branch leads back into its own split: count the block once.
      return Walk.ZERO;
    }
    String join = joins.joinOf(split).orElse(null);
    Walk longest = null;
    String longestEntry = "";
    Walk.Sum sum = new Walk.Sum();
    for (Flow f : index.outgoing(split)) {
      Walk branch =
          f.to().equals(join)
              ? new Walk(0, 0, Map.of(), Map.of(), 0, Map.of(), Map.of(role, 1.0), Set.of())
              : solve(f.to(), role, join);
      sum.add(branch, 1, false);
      if (longest == null || branch.time() > longest.time()) {
        longest = branch;
        longestEntry = f.to();
      }
    }
    sum.work = longest == null ? 0 : longest.work();
    sum.waiting = longest == null ? 0 : longest.waiting();
    if (longest != null) {
      sum.exitRoles.putAll(longest.exitRoles());
    }
    criticalBranches.putIfAbsent(split, longestEntry);
    Walk result = sum.toWalk();
    blocksInProgress.remove(key);
    blocks.put(key, result);
    return result;
  }

  static double hours(java.time.Duration d) {
    return d.toSeconds() / 3600.0;
  }

  /** The reachable states of one walk and their transitions. */
  private final class Chain {
    final class State {
      final String step;
      final String role;
      Walk segment;
      final List<Edge> edges = new ArrayList<>();
      boolean trapped;

      State(String step, String role) {
        this.step = step;
        this.role = role;
      }
    }

    /** A transition; {@code target < 0} leaves the chain (an end or the stop step). */
    record Edge(int target, double probability, int handoff, String exitRole) {}

    final String stop;
    final List<State> states = new ArrayList<>();
    final Map<String, Integer> ids = new HashMap<>();
    final ArrayDeque<Integer> todo = new ArrayDeque<>();

    Chain(String stop) {
      this.stop = stop;
    }

    int size() {
      return states.size();
    }

    int state(String step, String role) {
      String key = step + "\u0000" + role;
      Integer id = ids.get(key);
      if (id == null) {
        id = states.size();
        ids.put(key, id);
        states.add(new State(step, role));
        todo.add(id);
      }
      return id;
    }

    void explore() {
      while (!todo.isEmpty()) {
        State s = states.get(todo.poll());
        Step step = index.step(s.step).orElseThrow();
        if (joins.isSplit(step)) {
          s.segment = block(s.step, s.role);
          String join = joins.joinOf(s.step).orElse(NO_JOIN);
          for (Map.Entry<String, Double> e : s.segment.exitRoles().entrySet()) {
            link(s, join, e.getValue(), e.getKey(), 0);
          }
          continue;
        }
        s.segment = own(step);
        List<Flow> out = index.outgoing(s.step);
        List<Double> shares = BranchShares.of(out);
        if (out.isEmpty()) {
          // An end, or a dead end: the case leaves here after the step's own work.
          s.edges.add(new Edge(-1, 1, 0, s.role));
        }
        for (int i = 0; i < out.size(); i++) {
          String to = out.get(i).to();
          if (!index.has(to)) {
            continue;
          }
          link(s, to, shares.get(i), roleAfter(to, s.role), handoff(s.role, to));
        }
      }
      markTrapped();
    }

    private void link(State s, String to, double p, String role, int handoff) {
      if (to.equals(NO_JOIN) || to.equals(stop)) {
        s.edges.add(new Edge(-1, p, handoff, role));
      } else {
        s.edges.add(new Edge(state(to, role), p, handoff, role));
      }
    }

    /** Cuts the loops from which the walk can never leave, so the visits stay finite. */
    private void markTrapped() {
      List<List<Integer>> reverse = new ArrayList<>();
      for (int i = 0; i < states.size(); i++) {
        reverse.add(new ArrayList<>());
      }
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      boolean[] leaves = new boolean[states.size()];
      for (int i = 0; i < states.size(); i++) {
        for (Edge e : states.get(i).edges) {
          if (e.target < 0) {
            if (!leaves[i]) {
              leaves[i] = true;
              queue.add(i);
            }
          } else {
            reverse.get(e.target).add(i);
          }
        }
      }
      while (!queue.isEmpty()) {
        for (int from : reverse.get(queue.poll())) {
          if (!leaves[from]) {
            leaves[from] = true;
            queue.add(from);
          }
        }
      }
      for (int i = 0; i < states.size(); i++) {
        if (!leaves[i]) {
          State s = states.get(i);
          s.trapped = true;
          s.edges.clear();
        }
      }
    }

    double[] visits(int start) {
      int n = states.size();
      double[] b = new double[n];
      b[start] = 1;
      if (n <= DENSE_LIMIT) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
          a[i][i] += 1;
          for (Edge e : states.get(i).edges) {
            if (e.target >= 0) {
              a[e.target][i] -= e.probability;
            }
          }
        }
        double[] rhs = b.clone();
        if (LinearSolver.solveInPlace(a, rhs)) {
          return rhs;
        }
      }
      return iterate(b);
    }

    /** Gauss-Seidel on v = e + Q^T v; converges because every state can leave the chain. */
    private double[] iterate(double[] e) {
      int n = states.size();
      List<List<Edge>> incoming = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        incoming.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        for (Edge edge : states.get(i).edges) {
          if (edge.target >= 0) {
            incoming.get(edge.target).add(new Edge(i, edge.probability, 0, ""));
          }
        }
      }
      double[] v = e.clone();
      for (int sweep = 0; sweep < 100_000; sweep++) {
        double change = 0;
        for (int j = 0; j < n; j++) {
          double x = e[j];
          for (Edge in : incoming.get(j)) {
            x += in.probability * v[in.target];
          }
          change = Math.max(change, Math.abs(x - v[j]));
          v[j] = x;
        }
        if (change < 1e-12) {
          break;
        }
      }
      return v;
    }
  }
}
