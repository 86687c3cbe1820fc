package org.flowbook.capture.base;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.model.Workspace;

/**
 * Puts back what a list or drawing says about a step that BPMN cannot carry (work and waiting time,
 * systems, instructions), by the id of the element each step was made from.
 */
public final class StepDetails {
  private StepDetails() {}

  /** What is known of one step beyond its title and role. */
  public record Details(
      Duration work, Duration waiting, List<String> systems, List<String> instructions) {
    public Details {
      systems = List.copyOf(systems);
      instructions = List.copyOf(instructions);
    }

    boolean empty() {
      return work.isZero() && waiting.isZero() && systems.isEmpty() && instructions.isEmpty();
    }
  }

  /** The import with each step's task completed from {@code byElement} (element id → details). */
  public static BpmnImport apply(BpmnImport imported, Map<String, Details> byElement) {
    List<Process> processes = new ArrayList<>();
    for (Process p : imported.processes()) {
      List<Step> steps = new ArrayList<>();
      for (Step s : p.steps()) {
        Details d = imported.bpmnId(p.id(), s.id()).map(byElement::get).orElse(null);
        steps.add(d == null || d.empty() ? s : with(s, d));
      }
      processes.add(p.withFlow(steps, p.flows()));
    }
    return new BpmnImport(
        new Workspace(imported.organization(), processes),
        imported.collaboration(),
        imported.layouts(),
        imported.bpmnIds(),
        imported.problems());
  }

  private static Step with(Step s, Details d) {
    if (s instanceof Activity a) {
      return new Activity(a.id(), a.title(), task(a.task(), d), a.type(), a.at());
    }
    if (s instanceof Decision dec) {
      return new Decision(
          dec.id(), dec.title(), dec.question(), task(dec.task(), d), dec.kind(), dec.at());
    }
    return s;
  }

  public static Task task(Task t, Details d) {
    List<String> instructions = new ArrayList<>(t.instructions());
    instructions.addAll(d.instructions());
    List<String> systems = new ArrayList<>(t.systems());
    d.systems().stream().filter(x -> !systems.contains(x)).forEach(systems::add);
    return new Task(
        t.performer(),
        t.accountable(),
        t.consulted(),
        t.informed(),
        d.work().isZero() ? t.workTime() : d.work(),
        d.waiting().isZero() ? t.waitTime() : d.waiting(),
        instructions,
        systems,
        t.inputs(),
        t.outputs(),
        t.controls(),
        t.notes(),
        t.deputies());
  }
}
