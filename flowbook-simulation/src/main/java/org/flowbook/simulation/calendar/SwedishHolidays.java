package org.flowbook.simulation.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swedish public holidays (allmänna helgdagar, lag 1989:253) plus the eves that are days off in
 * practice (midsommarafton, julafton, nyårsafton). Easter follows the Gregorian computus.
 */
public final class SwedishHolidays implements Holidays {
  public static final SwedishHolidays INSTANCE = new SwedishHolidays();

  private static final Set<MonthDay> FIXED =
      Set.of(
          MonthDay.of(1, 1),
          MonthDay.of(1, 6),
          MonthDay.of(5, 1),
          MonthDay.of(6, 6),
          MonthDay.of(12, 24),
          MonthDay.of(12, 25),
          MonthDay.of(12, 26),
          MonthDay.of(12, 31));

  private final Map<Integer, Set<LocalDate>> movable = new ConcurrentHashMap<>();

  private SwedishHolidays() {}

  @Override
  public boolean isHoliday(LocalDate date) {
    return FIXED.contains(MonthDay.from(date))
        || movable.computeIfAbsent(date.getYear(), SwedishHolidays::movableDays).contains(date);
  }

  /** The holidays of a year whose date moves: Easter's, midsummer's and All Saints'. */
  static Set<LocalDate> movableDays(int year) {
    LocalDate easter = easterSunday(year);
    Set<LocalDate> days = new TreeSet<>();
    days.add(easter.minusDays(2)); // långfredagen
    days.add(easter); // påskdagen
    days.add(easter.plusDays(1)); // annandag påsk
    days.add(easter.plusDays(39)); // Kristi himmelsfärdsdag
    days.add(easter.plusDays(49)); // pingstdagen
    LocalDate midsummerEve = LocalDate.of(year, 6, 19);
    while (midsummerEve.getDayOfWeek() != DayOfWeek.FRIDAY) {
      midsummerEve = midsummerEve.plusDays(1);
    }
    days.add(midsummerEve);
    days.add(midsummerEve.plusDays(1)); // midsommardagen
    LocalDate allSaints = LocalDate.of(year, 10, 31);
    while (allSaints.getDayOfWeek() != DayOfWeek.SATURDAY) {
      allSaints = allSaints.plusDays(1);
    }
    days.add(allSaints);
    return Set.copyOf(days);
  }

  /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
