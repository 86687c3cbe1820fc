package org.flowbook.server.evidence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a control leaves evidence, and how its periods are written: a day "2026-12-03", an ISO
 * week "2026-W49", a month "2026-11", a quarter "2026-Q4", a year "2026"; a per-case control's
 * period is the case's reference, free text, and is never due. The one home of the period
 * arithmetic behind "due" and "overdue" (decision 1113).
 */
public enum Cadence {
  PER_CASE,
  DAILY,
  WEEKLY,
  MONTHLY,
  QUARTERLY,
  YEARLY;

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  /** The word used in links and JSON ("monthly"). */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the control has periods in the calendar (all but per case). */
  public boolean isCalendar() {
    return this != PER_CASE;
  }

  /** The cadence named by a model frequency or a code ("MONTHLY", "monthly", "per-case"). */
  public static Optional<Cadence> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Cadence c : values()) {
      if (c.name().equals(n)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The period a day falls in; for a per-case control, the day itself. */
  public String periodOf(LocalDate day) {
    return switch (this) {
      case PER_CASE, DAILY -> day.toString();
      case WEEKLY ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              day.get(IsoFields.WEEK_BASED_YEAR),
              day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTHLY -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
      case QUARTERLY ->
          String.format(Locale.ROOT, "%04d-Q%d", day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
      case YEARLY -> String.format(Locale.ROOT, "%04d", day.getYear());
    };
  }

  /** The first day of a period written in this cadence's form, or empty when it is not. */
  public Optional<LocalDate> start(String period) {
    String p = period == null ? "" : period.strip();
    try {
      return switch (this) {
        case PER_CASE -> Optional.empty();
        case DAILY -> Optional.of(LocalDate.parse(p));
        case WEEKLY -> week(p);
        case MONTHLY -> matching(MONTH, p).map(m -> LocalDate.of(year(m), month(m), 1));
        case QUARTERLY ->
            matching(QUARTER, p)
                .map(m -> LocalDate.of(year(m), 3 * Integer.parseInt(m.group(2)) - 2, 1));
        case YEARLY -> matching(YEAR, p).map(m -> LocalDate.of(year(m), 1, 1));
      };
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether the text is a period of this cadence (any text for per case). */
  public boolean accepts(String period) {
    return this == PER_CASE ? period != null && !period.isBlank() : start(period).isPresent();
  }

  /**
   * The first day evidence is asked for: a control is not chased for ever, only over a window a
   * reviewer looks at — two weeks of days, a quarter of weeks, a year of months or quarters, two
   * years of years.
   */
  public LocalDate lookBackFrom(LocalDate today) {
    return switch (this) {
      case PER_CASE -> today.plusDays(1);
      case DAILY -> today.minusDays(13);
      case WEEKLY -> today.minusWeeks(12);
      case MONTHLY -> today.minusMonths(11);
      case QUARTERLY -> today.minusMonths(9);
      case YEARLY -> today.minusYears(1);
    };
  }

  /** The day after the period's last day. */
  public LocalDate end(LocalDate start) {
    return switch (this) {
      case PER_CASE, DAILY -> start.plusDays(1);
      case WEEKLY -> start.plusWeeks(1);
      case MONTHLY -> start.plusMonths(1);
      case QUARTERLY -> start.plusMonths(3);
      case YEARLY -> start.plusYears(1);
    };
  }

  /**
   * The periods that have begun from {@code from} up to and including the one {@code today} is in,
   * oldest first; none for per case.
   */
  public List<String> periods(LocalDate from, LocalDate today) {
    List<String> out = new ArrayList<>();
    if (!isCalendar() || from.isAfter(today)) {
      return out;
    }
    LocalDate day = start(periodOf(from)).orElseThrow();
    while (!day.isAfter(today)) {
      out.add(periodOf(day));
      day = end(day);
    }
    return out;
  }

  private static Optional<LocalDate> week(String p) {
    return matching(WEEK, p)
        .flatMap(
            m -> {
              int week = Integer.parseInt(m.group(2));
              LocalDate jan4 = LocalDate.of(year(m), 1, 4);
              if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return Optional.empty();
              }
              return Optional.of(
                  jan4.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                      .plusWeeks(week - 1L));
            });
  }

  private static Optional<Matcher> matching(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.matches() ? Optional.of(m) : Optional.empty();
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group(1));
  }

  private static int month(Matcher m) {
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      throw new java.time.DateTimeException("month " + month);
    }
    return month;
  }
}
