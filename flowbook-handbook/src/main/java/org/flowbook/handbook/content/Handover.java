package org.flowbook.handbook.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a handover pack is made of: a person who will be away, the period, and for each step they
 * perform who covers it then. The people module computes the cover (from the people, deputies and
 * absences); the handbook only sets it.
 *
 * @param roles the roles the person holds, in their order
 * @param steps the steps the person performs, in landscape order
 */
public record Handover(
    String person, LocalDate from, LocalDate to, List<String> roles, List<HandoverStep> steps) {
  public Handover {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    roles = List.copyOf(roles);
    steps = List.copyOf(steps);
  }

  /**
   * One step and who covers it.
   *
   * @param cover one line per stretch of the period with the same people ("V27–V30: Lars
   *     Wikström"); a line with nobody says so
   * @param uncovered true when on some working day of the period nobody can do it
   */
  public record HandoverStep(
      String processId, String stepId, List<String> cover, boolean uncovered) {
    public HandoverStep {
      cover = List.copyOf(cover);
    }
  }
}
