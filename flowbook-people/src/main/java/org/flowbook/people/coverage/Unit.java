package org.flowbook.people.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * One column of a report: a day or a week, with the working days in it.
 *
 * @param label {@code 2027-07-05} for a day, {@code 2027-W27} for a week
 */
public record Unit(String label, LocalDate from, LocalDate to, List<LocalDate> workdays) {
  public Unit {
    workdays = List.copyOf(workdays);
  }
}
