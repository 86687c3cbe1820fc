package org.flowbook.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
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
    // one pass over indexes of the flows: a drawing may have thousands of steps
    Map<String, List<Flow>> in = new HashMap<>();
    Map<String, List<Flow>> out = new HashMap<>();
    for (Flow f : p.flows()) {
      in.computeIfAbsent(f.to(), k -> new ArrayList<>()).add(f);
      out.computeIfAbsent(f.from(), k -> new ArrayList<>()).add(f);
    }
    Map<String, Step> byId = new HashMap<>();
    p.steps().forEach(s -> byId.put(s.id(), s));
    Map<String, Decision> joinedInto = new HashMap<>(); // work step id -> joined step
    Set<String> dropped = new HashSet<>(); // question ids joined into the step before
    for (Step s : p.steps()) {
      if (!(s instanceof Decision question) || !plainQuestion(question)) {
        continue;
      }
      List<Flow> into = in.getOrDefault(question.id(), List.of());
      if (into.size() != 1 || !into.get(0).label().isEmpty()) {
        continue;
      }
      Step before = byId.get(into.get(0).from());
      if (!(before instanceof Activity work)
          || out.getOrDefault(work.id(), List.of()).size() != 1
          || joinedInto.containsKey(work.id())) {
        continue;
      }
      String asked = question.title().equals("?") ? "" : question.question();
      if (asked.isEmpty() && !question.title().equals("?")) {
        asked = question.title();
      }
      joinedInto.put(
          work.id(),
          new Decision(work.id(), work.title(), asked, work.task(), question.kind(), work.at()));
      dropped.add(question.id());
    }
    if (dropped.isEmpty()) {
      return p;
    }
    Map<String, String> joinedFrom = new HashMap<>(); // question id -> work step id
    for (String q : dropped) {
      joinedFrom.put(q, in.get(q).get(0).from());
    }
    List<Step> steps = new ArrayList<>();
    for (Step s : p.steps()) {
      if (!dropped.contains(s.id())) {
        steps.add(joinedInto.containsKey(s.id()) ? joinedInto.get(s.id()) : s);
      }
    }
    List<Flow> flows = new ArrayList<>();
    for (Flow f : p.flows()) {
      if (dropped.contains(f.to())) {
        continue; // the step → question flow is inside the joined step now
      }
      String from = joinedFrom.getOrDefault(f.from(), f.from());
      flows.add(
          from.equals(f.from())
              ? f
              : new Flow(from, f.to(), f.label(), f.probability(), f.isDefault(), f.at()));
    }
    return Renumber.apply(p.withFlow(steps, flows));
  }

  /** A question with no work of its own: nothing is lost when it joins the step before it. */
  private static boolean plainQuestion(Decision d) {
    return !d.task().hasPerformer() && d.task().workTime().isZero();
  }
}
