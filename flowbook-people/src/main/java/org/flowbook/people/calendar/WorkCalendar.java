package org.flowbook.people.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which days are working days: Monday to Friday, except Swedish public holidays unless they are
 * switched off. Years are computed on first use.
 */
public final class WorkCalendar {
  private final boolean holidays;
  private final Map<Integer, Map<LocalDate, String>> years = new HashMap<>();

  private WorkCalendar(boolean holidays) {
    this.holidays = holidays;
  }

  /** Monday–Friday with Swedish public holidays off. */
  public static WorkCalendar swedish() {
    return new WorkCalendar(true);
  }

  /** Monday–Friday, every week the same. */
  public static WorkCalendar weekdays() {
    return new WorkCalendar(false);
  }

  public boolean usesHolidays() {
    return holidays;
  }

  public boolean isWorkday(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && holiday(date).isEmpty();
  }

  /** The holiday's Swedish name, when the date is one and holidays are on. */
  public Optional<String> holiday(LocalDate date) {
    if (!holidays) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        years.computeIfAbsent(date.getYear(), SwedishHolidays::of).get(date));
  }
}
