package org.flowbook.people.absence;

import java.util.List;
import org.flowbook.model.Problem;

/**
 * What one absence source gave: its absences, or none at all when it has an error (nothing is
 * half-imported), and every problem found, each with its line.
 */
public record AbsenceImport(List<Absence> absences, List<Problem> problems) {
  public AbsenceImport {
    absences = List.copyOf(absences);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** All or nothing: the absences only when no problem is an error. */
  static AbsenceImport allOrNothing(List<Absence> absences, List<Problem> problems) {
    boolean failed = problems.stream().anyMatch(Problem::isError);
    return new AbsenceImport(failed ? List.of() : absences, problems);
  }
}
