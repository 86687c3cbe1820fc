package org.flowbook.people.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Swedish public holidays (allmänna helgdagar, lag 1989:253) computed for any year, with the three
 * eves that are days off in practice (midsommarafton, julafton, nyårsafton). Easter follows the
 * Gregorian computus (Meeus/Jones/Butcher); the rest is fixed or a weekday in a fixed window.
 */
public final class SwedishHolidays {
  private SwedishHolidays() {}

  /** The holidays of a year by date, each with its Swedish name. */
  public static Map<LocalDate, String> of(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    LocalDate easter = easterSunday(year);
    days.put(LocalDate.of(year, 1, 1), "Nyårsdagen");
    days.put(LocalDate.of(year, 1, 6), "Trettondedag jul");
    days.put(easter.minusDays(2), "Långfredagen");
    days.put(easter, "Påskdagen");
    days.put(easter.plusDays(1), "Annandag påsk");
    days.put(LocalDate.of(year, 5, 1), "Första maj");
    days.put(easter.plusDays(39), "Kristi himmelfärdsdag");
    days.put(easter.plusDays(49), "Pingstdagen");
    days.put(LocalDate.of(year, 6, 6), "Sveriges nationaldag");
    LocalDate midsummerDay = saturdayFrom(MonthDay.of(6, 20).atYear(year));
    days.put(midsummerDay.minusDays(1), "Midsommarafton");
    days.put(midsummerDay, "Midsommardagen");
    days.put(saturdayFrom(MonthDay.of(10, 31).atYear(year)), "Alla helgons dag");
    days.put(LocalDate.of(year, 12, 24), "Julafton");
    days.put(LocalDate.of(year, 12, 25), "Juldagen");
    days.put(LocalDate.of(year, 12, 26), "Annandag jul");
    days.put(LocalDate.of(year, 12, 31), "Nyårsafton");
    return days;
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous algorithm). */
  public static LocalDate easterSunday(int year) {
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

  private static LocalDate saturdayFrom(LocalDate first) {
    return first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
  }
}
