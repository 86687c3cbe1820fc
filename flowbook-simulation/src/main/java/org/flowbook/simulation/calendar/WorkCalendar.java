package org.flowbook.simulation.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import org.flowbook.model.WorkingHours;

/**
 * Working time on the simulation clock: seconds since midnight of the epoch date (a Monday). Work
 * advances only while the calendar is open; waits run on calendar time and do not use this.
 *
 * <p>Days are tabulated lazily with the working seconds before each day, so that "when is this much
 * work done" is a binary search rather than a walk over nights and weekends. One instance belongs
 * to one replication (it is not thread-safe).
 */
public final class WorkCalendar implements OpenTime {
  private static final int DAY = 86400;

  private final LocalDate epoch;
  private final WorkingHours hours;
  private final Holidays holidays;
  private int days;
  private int[] open = new int[64];
  private int[] close = new int[64];
  private double[] before = new double[65];

  public WorkCalendar(LocalDate epoch, WorkingHours hours, Holidays holidays) {
    this.epoch = epoch;
    this.hours = hours;
    this.holidays = hours.aroundTheClock() ? Holidays.NONE : holidays;
    if (hours.hoursPerWeek() <= 0) {
      throw new IllegalArgumentException("working hours must open at least one hour a week");
    }
  }

  public WorkingHours hours() {
    return hours;
  }

  public boolean aroundTheClock() {
    return hours.aroundTheClock();
  }

  /** The working seconds between the epoch and {@code t}. */
  @Override
  public double workingBefore(double t) {
    if (hours.aroundTheClock()) {
      return t;
    }
    int d = (int) Math.floor(t / DAY);
    if (d < 0) {
      return 0;
    }
    ensure(d + 1);
    double s = t - (double) d * DAY;
    return before[d] + Math.min(Math.max(s - open[d], 0), close[d] - open[d]);
  }

  /** The time at which {@code work} seconds of working time are done, starting at {@code t}. */
  @Override
  public double advance(double t, double work) {
    if (hours.aroundTheClock()) {
      return t + work;
    }
    double target = workingBefore(t) + work;
    if (work <= 0) {
      return at(target, false);
    }
    return at(target, true);
  }

  /** The first open moment at or after {@code t}. */
  @Override
  public double nextOpen(double t) {
    if (hours.aroundTheClock()) {
      return t;
    }
    return Math.max(t, at(workingBefore(t), false));
  }

  /** Working seconds of one day (0 on weekends and holidays). */
  public double openSeconds(int day) {
    if (hours.aroundTheClock()) {
      return DAY;
    }
    ensure(day + 1);
    return close[day] - open[day];
  }

  /** The calendar time at working coordinate {@code w}; at a day's end when {@code finishing}. */
  private double at(double w, boolean finishing) {
    while (before[days] < w || (!finishing && before[days] <= w)) {
      ensure(days + 7);
    }
    // the day d with before[d] < w <= before[d+1] (finishing) or before[d] <= w < before[d+1]
    int lo = 0;
    int hi = days - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      boolean past = finishing ? before[mid + 1] < w : before[mid + 1] <= w;
      if (past) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return (double) lo * DAY + open[lo] + (w - before[lo]);
  }

  private void ensure(int n) {
    if (n <= days) {
      return;
    }
    if (n > open.length) {
      int size = Math.max(n, open.length * 2);
      open = Arrays.copyOf(open, size);
      close = Arrays.copyOf(close, size);
      before = Arrays.copyOf(before, size + 1);
    }
    for (int d = days; d < n; d++) {
      LocalDate date = epoch.plusDays(d);
      if (holidays.isHoliday(date)) {
        open[d] = 0;
        close[d] = 0;
      } else {
        open[d] = hours.openSeconds(date.getDayOfWeek());
        close[d] = hours.closeSeconds(date.getDayOfWeek());
      }
      before[d + 1] = before[d] + (close[d] - open[d]);
    }
    days = n;
  }
}
