package org.flowbook.analysis.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flowbook.analysis.metrics.BranchShares;
import org.flowbook.model.Decision;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Severity;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/** Whether every case can get from the start to an end. */
final class FlowRules {
  private FlowRules() {}

  static List<Rule> all() {
    return List.of(new Unreachable(), new DeadEnd(), new EndlessLoop(), new ProbabilitySum());
  }

  /** The steps reached from the starts (boundary events with the step they sit on). */
  static Set<String> reachable(ProcessIndex index) {
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>();
    for (Step s : index.process().steps()) {
      if (s instanceof Start) {
        todo.add(s.id());
      }
    }
    if (todo.isEmpty() && !index.process().steps().isEmpty()) {
      todo.add(index.process().steps().get(0).id());
    }
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (!index.has(id) || !seen.add(id)) {
        continue;
      }
      index.outgoing(id).forEach(f -> todo.push(f.to()));
      index.boundaryEvents(id).forEach(e -> todo.push(e.id()));
    }
    return seen;
  }

  /** Steps with no way on that are not ends. */
  static boolean deadEnd(ProcessIndex index, Step s) {
    return !(s instanceof End) && index.outgoing(s.id()).isEmpty();
  }

  static final class Unreachable extends AbstractRule {
    Unreachable() {
      super("unreachable-step", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      ProcessIndex index = ProcessIndex.of(p);
      Set<String> reached = reachable(index);
      List<Problem> out = new ArrayList<>();
      for (Step s : p.steps()) {
        if (!reached.contains(s.id())) {
          out.add(
              finding(
                  c,
                  c.at(p, s.id(), Part.STEP, 0),
                  s.id(),
                  new Object[] {s.id(), s.title()},
                  s.id()));
        }
      }
      return out;
    }
  }

  static final class DeadEnd extends AbstractRule {
    DeadEnd() {
      super("dead-end", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      ProcessIndex index = ProcessIndex.of(p);
      List<Problem> out = new ArrayList<>();
      for (Step s : p.steps()) {
        if (deadEnd(index, s)) {
          out.add(
              finding(c, c.at(p, s.id(), Part.STEP, 0), s.id(), new Object[] {s.id(), s.title()}));
        }
      }
      return out;
    }
  }

  /** Steps in a loop that no branch leaves: a case that gets there never finishes. */
  static final class EndlessLoop extends AbstractRule {
    EndlessLoop() {
      super("endless-loop", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      ProcessIndex index = ProcessIndex.of(p);
      Set<String> canFinish = new HashSet<>();
      ArrayDeque<String> todo = new ArrayDeque<>();
      for (Step s : p.steps()) {
        if (s instanceof End || deadEnd(index, s)) {
          todo.add(s.id());
        }
      }
      while (!todo.isEmpty()) {
        String id = todo.pop();
        if (!canFinish.add(id)) {
          continue;
        }
        index.incoming(id).forEach(f -> todo.push(f.from()));
        index
            .step(id)
            .filter(s -> s instanceof Event e && e.isBoundary())
            .ifPresent(e -> todo.push(((Event) e).attachedTo()));
      }
      Set<String> reached = reachable(index);
      List<String> stuck =
          p.steps().stream()
              .map(Step::id)
              .filter(id -> reached.contains(id) && !canFinish.contains(id))
              .toList();
      if (stuck.isEmpty()) {
        return List.of();
      }
      String first = stuck.get(0);
      return List.of(
          finding(c, c.at(p, first, Part.STEP, 0), first, new Object[] {String.join(", ", stuck)}));
    }
  }

  /** Stated branch shares that do not add up to 100 %. */
  static final class ProbabilitySum extends AbstractRule {
    ProbabilitySum() {
      super("probability-sum", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      List<Problem> out = new ArrayList<>();
      for (Step s : p.steps()) {
        if (!(s instanceof Decision d) || d.kind() != DecisionKind.EXCLUSIVE) {
          continue;
        }
        List<Flow> outs = p.outgoing(s.id());
        if (BranchShares.inconsistent(outs)) {
          double sum =
              outs.stream()
                  .filter(f -> f.probability() != null)
                  .mapToDouble(Flow::probability)
                  .sum();
          String pct = String.format(Locale.ROOT, "%.0f %%", sum * 100);
          out.add(finding(c, c.at(p, s.id(), Part.STEP, 0), s.id(), new Object[] {s.id(), pct}));
        }
      }
      return out;
    }
  }
}
