package org.flowbook.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.model.Workspace;

/**
 * Joins a step and the question drawn right after it into one step with a decision, as a
 * coordinator writes it ("2. Granska anmodan [Chef] … beslut: Belopp?"): drawings and lists show
 * the work and the choice as two shapes or rows, and a manual reads better with one. Only a plain
 * question with no work of its own, reached only from that step, is joined.
 */
public final class DecisionMerge {
  private DecisionMerge() {}

  public static BpmnImport apply(BpmnImport imported) {
    List<Process> processes = imported.processes().stream().map(DecisionMerge::merge).toList();
    return new BpmnImport(
        new Workspace(imported.organization(), processes),
        imported.collaboration(),
        imported.layouts(),
        imported.bpmnIds(),
        imported.problems());
  }

  static Process merge(Process p) {
    List<Step> steps = new ArrayList<>(p.steps());
    List<Flow> flows = new ArrayList<>(p.flows());
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Step s : List.copyOf(steps)) {
        Optional<Activity> before = joinable(s, steps, flows);
        if (before.isEmpty()) {
          continue;
        }
        Decision question = (Decision) s;
        Activity work = before.get();
        String asked = question.title().equals("?") ? "" : question.question();
        if (asked.isEmpty() && !question.title().equals("?")) {
          asked = question.title();
        }
        Decision joined =
            new Decision(work.id(), work.title(), asked, work.task(), question.kind(), work.at());
        steps.set(steps.indexOf(work), joined);
        steps.remove(question);
        flows.removeIf(f -> f.from().equals(work.id()) && f.to().equals(question.id()));
        flows.replaceAll(
            f ->
                f.from().equals(question.id())
                    ? new Flow(work.id(), f.to(), f.label(), f.probability(), f.isDefault(), f.at())
                    : f);
        changed = true;
        break;
      }
    }
    return steps.size() != p.steps().size()
        ? Renumber.apply(Processes.withSteps(p, steps, flows))
        : p;
  }

  private static Optional<Activity> joinable(Step s, List<Step> steps, List<Flow> flows) {
    if (!(s instanceof Decision d) || d.task() != Task.NONE && d.task().hasPerformer()) {
      return Optional.empty();
    }
    if (!d.task().workTime().isZero()) {
      return Optional.empty();
    }
    List<Flow> in = flows.stream().filter(f -> f.to().equals(d.id())).toList();
    if (in.size() != 1 || !in.get(0).label().isEmpty()) {
      return Optional.empty();
    }
    String from = in.get(0).from();
    Optional<Step> source = steps.stream().filter(x -> x.id().equals(from)).findFirst();
    if (source.isEmpty() || !(source.get() instanceof Activity a)) {
      return Optional.empty();
    }
    long out = flows.stream().filter(f -> f.from().equals(a.id())).count();
    return out == 1 ? Optional.of(a) : Optional.empty();
  }
}
