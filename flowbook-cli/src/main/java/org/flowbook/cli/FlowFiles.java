package org.flowbook.cli;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.Decision;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Parallel;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Step;

/**
 * What a BPMN import becomes as {@code .flow} text, and what that text cannot carry: conditions on
 * flows out of steps that are not decisions. Message flows go through {@link FlowMessages}.
 */
final class FlowFiles {
  private FlowFiles() {}

  static Organization inLanguage(Organization o, Language language) {
    return new Organization(
        o.name(),
        language,
        o.currency(),
        o.roles(),
        o.systems(),
        o.documents(),
        o.regulations(),
        o.groups(),
        o.at());
  }

  /** Warnings for what the .flow files will not hold, located at the BPMN element. */
  static List<Problem> losses(BpmnImport r) {
    List<Problem> out = new ArrayList<>();
    for (Process p : r.processes()) {
      for (Flow f : p.flows()) {
        Step from = p.step(f.from()).orElseThrow();
        if (!f.label().isEmpty() && !(from instanceof Decision) && !(from instanceof Parallel)) {
          out.add(
              Problem.warning(
                      "condition-not-in-flow",
                      "the condition '"
                          + f.label()
                          + "' on the flow from step "
                          + f.from()
                          + " of '"
                          + p.id()
                          + "' is only kept on decisions in .flow",
                      "put a decision after the step with this condition as a branch",
                      f.at().known() ? f.at() : SourceLocation.UNKNOWN)
                  .withStep(f.from()));
        }
      }
    }
    return out;
  }

  /**
   * Warnings for what a process loses on the way to BPMN, which has no place for Flowbook's work
   * and wait times, RACI beyond the lane, systems, controls, branch shares and review data.
   */
  static List<Problem> exportLosses(Process p) {
    List<String> kinds = new ArrayList<>();
    long times =
        p.steps().stream()
            .filter(s -> !s.task().workTime().isZero() || !s.task().waitTime().isZero())
            .count();
    long raci =
        p.steps().stream()
            .filter(s -> s.task().roles().size() > (s.task().hasPerformer() ? 1 : 0))
            .count();
    long systems = p.steps().stream().filter(s -> !s.task().systems().isEmpty()).count();
    long controls = p.steps().stream().filter(s -> !s.task().controls().isEmpty()).count();
    long shares = p.flows().stream().filter(f -> f.probability() != null).count();
    add(kinds, times, "work/wait times");
    add(kinds, raci, "accountable/consulted/informed");
    add(kinds, systems, "systems");
    add(kinds, controls, "controls");
    add(kinds, shares, "branch shares");
    if (!p.owner().isEmpty()
        || !p.group().isEmpty()
        || p.review() != null
        || p.casesPerMonth() != null) {
      kinds.add("owner, group, review date and volume");
    }
    if (kinds.isEmpty()) {
      return List.of();
    }
    return List.of(
        Problem.warning(
            "not-in-bpmn",
            "BPMN has no place for the "
                + String.join(", ", kinds)
                + " of process '"
                + p.id()
                + "'",
            "keep the .flow file as the source; the BPMN file is for drawing tools",
            p.at()));
  }

  private static void add(List<String> kinds, long count, String what) {
    if (count > 0) {
      kinds.add(what + " (" + count + ")");
    }
  }
}
