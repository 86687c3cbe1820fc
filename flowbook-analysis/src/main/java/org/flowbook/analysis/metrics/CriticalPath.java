package org.flowbook.analysis.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbook.model.Flow;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Step;

/**
 * The path of the typical case: from the start, the likelier branch at every decision (a branch
 * back to a step already on the path only when there is no other), the longer branch at every
 * parallel split.
 */
final class CriticalPath {
  private CriticalPath() {}

  static List<String> of(
      ProcessIndex index, String entry, JoinFinder joins, Map<String, String> longest) {
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = entry;
    while (current != null && seen.add(current)) {
      path.add(current);
      Step step = index.step(current).orElse(null);
      if (step == null) {
        break;
      }
      List<Flow> out = index.outgoing(current);
      if (joins.isSplit(step) && longest.containsKey(current)) {
        current = longest.get(current);
        continue;
      }
      List<Double> shares = BranchShares.of(out);
      String next = null;
      double best = -1;
      for (int i = 0; i < out.size(); i++) {
        String to = out.get(i).to();
        if (!seen.contains(to) && index.has(to) && shares.get(i) > best + 1e-9) {
          best = shares.get(i);
          next = to;
        }
      }
      current = next;
    }
    return List.copyOf(path);
  }

  /** Work plus wait along a path. */
  static double hours(ProcessIndex index, List<String> path) {
    double h = 0;
    for (String id : path) {
      Step s = index.step(id).orElseThrow();
      h += FlowSolver.hours(s.task().workTime()) + FlowSolver.hours(s.task().waitTime());
    }
    return h;
  }
}
