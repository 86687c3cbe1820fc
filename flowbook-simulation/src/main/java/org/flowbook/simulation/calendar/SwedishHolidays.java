package org.flowbook.simulation.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swedish public holidays as the simulator's {@link Holidays}: the dates come from the people
 * module's {@link org.flowbook.people.calendar.SwedishHolidays} (one computation for coverage and
 * simulation), kept per year because the engine asks for every simulated day.
 */
public final class SwedishHolidays implements Holidays {
  public static final SwedishHolidays INSTANCE = new SwedishHolidays();

  private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  private SwedishHolidays() {}

  @Override
  public boolean isHoliday(LocalDate date) {
    return byYear
        .computeIfAbsent(
            date.getYear(),
            year -> Set.copyOf(org.flowbook.people.calendar.SwedishHolidays.of(year).keySet()))
        .contains(date);
  }
}
