package org.flowbook.bpmn;

import java.util.function.Predicate;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/** Counts over every process of an import: the other side of {@link XmlCounts}. */
final class ModelCounts {
  private final BpmnImport r;

  ModelCounts(BpmnImport r) {
    this.r = r;
  }

  long steps(Predicate<Step> which) {
    return r.processes().stream().flatMap(p -> p.steps().stream()).filter(which).count();
  }

  long flows() {
    return r.processes().stream().mapToLong(p -> p.flows().size()).sum();
  }

  /** Flows the importer adds for what BPMN draws without a sequence flow. */
  long addedFlows() {
    long n = 0;
    for (Process p : r.processes()) {
      for (Flow f : p.flows()) {
        Step from = p.step(f.from()).orElseThrow();
        if (from instanceof Event e
            && ((e.trigger() == EventTrigger.LINK && e.throwing())
                || (e.isBoundary() && e.trigger() == EventTrigger.COMPENSATION))) {
          n++;
        }
      }
    }
    return n;
  }

  long problems(String code) {
    return r.problems().stream().filter(p -> p.code().equals(code)).count();
  }

  long notes() {
    return r.processes().stream()
        .flatMap(p -> p.steps().stream())
        .mapToLong(s -> s.task().notes().size())
        .sum();
  }
}
