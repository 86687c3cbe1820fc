package org.flowbook.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Problem;
import org.flowbook.model.Severity;

/**
 * Findings as a reader wants them: errors and warnings one by one, notes of the same kind gathered
 * on one line ("no Accountable: steps 1, 2, 4"), so suggestions do not bury the rest.
 */
final class Findings {
  /** Notes of one code: the first one's hint and every step they concern. */
  record Group(String code, String hint, List<String> steps, int count) {}

  private Findings() {}

  static List<Problem> serious(List<Problem> problems) {
    return problems.stream().filter(p -> p.severity() != Severity.INFO).toList();
  }

  static List<Group> notes(List<Problem> problems) {
    Map<String, List<Problem>> byCode = new LinkedHashMap<>();
    for (Problem p : problems) {
      if (p.severity() == Severity.INFO) {
        byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p);
      }
    }
    List<Group> out = new ArrayList<>();
    for (Map.Entry<String, List<Problem>> e : byCode.entrySet()) {
      List<String> steps = new ArrayList<>();
      for (Problem p : e.getValue()) {
        if (p.step() != null && !steps.contains(p.step())) {
          steps.add(p.step());
        }
      }
      out.add(new Group(e.getKey(), e.getValue().get(0).hint(), steps, e.getValue().size()));
    }
    return out;
  }

  /**
   * The one-line text of a group of notes: the message itself for a single note or notes without
   * steps (each is printed), else what it is and the steps.
   */
  static List<String> lines(Group g, List<Problem> problems, Texts t) {
    List<Problem> mine = problems.stream().filter(p -> p.code().equals(g.code())).toList();
    if (g.count() == 1 || g.steps().isEmpty() || !t.has("notes." + g.code())) {
      return mine.stream().map(Problem::message).toList();
    }
    return List.of(
        t.get("notes." + g.code())
            + " — "
            + t.get("notes.steps")
            + " "
            + String.join(", ", g.steps()));
  }
}
