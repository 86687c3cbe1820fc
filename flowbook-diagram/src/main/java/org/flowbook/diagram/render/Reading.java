package org.flowbook.diagram.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.text.Conditions;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * What a screen reader meets in a flowchart: the chart's description, each step's description (who
 * does it and where the flow goes next), and the steps in the order of the flow rather than in the
 * order they were laid out.
 */
final class Reading {
  private Reading() {}

  /** "Flowchart with 6 steps in 4 roles. The steps are read in the order of the flow." */
  static String chart(Process p, Language lang) {
    return Words.chartDescription(p.workSteps().size(), p.roles().size(), lang);
  }

  /** "Done by Chef. Next: 3. Godkänn stort inköp, if ”över 50 000 kr”; 4. Lägg beställning." */
  static String step(Process p, Step s, Language lang) {
    List<String> parts = new ArrayList<>();
    if (!s.performer().isEmpty()) {
      parts.add(Words.doneBy(s.performer(), lang));
    }
    List<String> next = new ArrayList<>();
    for (Flow f : p.outgoing(s.id())) {
      Optional<Step> target = p.step(f.to());
      if (target.isEmpty()) {
        continue;
      }
      String cond = Conditions.text(f, lang);
      String to = StepText.title(target.get(), lang);
      if (f.isDefault()) {
        next.add(to + ", " + (cond.isEmpty() ? Words.otherwise(lang) : cond));
      } else {
        next.add(cond.isEmpty() ? to : to + ", " + Words.when(cond, lang));
      }
    }
    if (!next.isEmpty()) {
      parts.add(Words.next(String.join("; ", next), lang));
    }
    return String.join(" ", parts);
  }

  /**
   * The nodes in the order of the flow: from the starts breadth first along the flows (a flow's
   * targets in the order they are written), then any node not reached, in layout order.
   */
  static List<NodeLayout> order(Process p, List<NodeLayout> nodes) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    for (Step s : p.starts()) {
      if (seen.add(s.id())) {
        queue.add(s.id());
      }
    }
    if (queue.isEmpty() && !p.steps().isEmpty()) {
      queue.add(p.steps().get(0).id());
      seen.add(p.steps().get(0).id());
    }
    while (!queue.isEmpty()) {
      for (Flow f : p.outgoing(queue.poll())) {
        if (seen.add(f.to())) {
          queue.add(f.to());
        }
      }
    }
    Map<String, List<NodeLayout>> byStep = new HashMap<>();
    for (NodeLayout n : nodes) {
      byStep.computeIfAbsent(n.stepId(), k -> new ArrayList<>()).add(n);
    }
    List<NodeLayout> out = new ArrayList<>(nodes.size());
    for (String id : seen) {
      out.addAll(byStep.getOrDefault(id, List.of()));
    }
    for (NodeLayout n : nodes) {
      if (!seen.contains(n.stepId())) {
        out.add(n);
      }
    }
    return out;
  }
}
