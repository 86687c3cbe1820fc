package org.flowbook.bpmn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/**
 * What two imports of the same process must share regardless of ids, coordinates and the tool that
 * wrote them: the steps by kind and name, the flows between them (by kind and name of both ends),
 * and the performers (lanes), each as a sorted list.
 */
record Equivalence(List<String> steps, List<String> flows, List<String> lanes) {

  static Equivalence of(BpmnImport r) {
    List<String> steps = new ArrayList<>();
    List<String> flows = new ArrayList<>();
    List<String> lanes = new ArrayList<>();
    for (Process p : r.processes()) {
      for (Step s : p.steps()) {
        steps.add(key(s));
        if (!s.performer().isEmpty() && !lanes.contains(norm(s.performer()))) {
          lanes.add(norm(s.performer()));
        }
      }
      for (Flow f : p.flows()) {
        flows.add(key(p.step(f.from()).orElseThrow()) + " -> " + key(p.step(f.to()).orElseThrow()));
      }
    }
    Collections.sort(steps);
    Collections.sort(flows);
    Collections.sort(lanes);
    return new Equivalence(steps, flows, lanes);
  }

  static String key(Step s) {
    return kind(s) + " '" + norm(s.title()) + "'";
  }

  static String kind(Step s) {
    if (s instanceof Activity || s instanceof Call) {
      return "activity";
    }
    if (s instanceof Decision d) {
      return "decision-" + d.kind().name().toLowerCase(Locale.ROOT);
    }
    if (s instanceof Parallel) {
      return "parallel";
    }
    if (s instanceof Start st) {
      return "start-" + st.trigger().name().toLowerCase(Locale.ROOT);
    }
    if (s instanceof End e) {
      return "end-" + e.trigger().name().toLowerCase(Locale.ROOT);
    }
    Event e = (Event) s;
    return (e.isBoundary() ? "boundary-" : e.throwing() ? "throw-" : "catch-")
        + e.trigger().name().toLowerCase(Locale.ROOT);
  }

  /** Names compared as a reader sees them: case, spacing and line breaks ignored. */
  static String norm(String name) {
    return name.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
