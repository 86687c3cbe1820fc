package org.flowbook.simulation.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An {@link ArrivalProfile} on the simulation clock: "open time" is intensity × seconds, so a gap
 * drawn in it and laid out with {@link #advance} gives arrivals that follow the profile (a Poisson
 * process whose rate changes by hour and weekday), and {@link #nextOpen} moves a moment outside
 * every window to the start of the next one (Prosimos' arrival calendar). Public holidays are
 * closed. Days are tabulated lazily with the weight before each, as in {@link WorkCalendar}; one
 * instance belongs to one replication.
 */
public final class ArrivalClock implements OpenTime {
  private static final int DAY = 86400;

  private final LocalDate epoch;
  private final Holidays holidays;

  /** Per weekday (Monday first): segment starts, ends, intensities and the weight before each. */
  private final int[][] from = new int[7][];

  private final int[][] to = new int[7][];
  private final double[][] intensity = new double[7][];
  private final double[][] weightBefore = new double[7][];
  private final double[] dayWeight = new double[7];
  private int days;
  private boolean[] closed = new boolean[64];
  private double[] before = new double[65];

  public ArrivalClock(LocalDate epoch, ArrivalProfile profile, Holidays holidays) {
    this.epoch = epoch;
    this.holidays = holidays;
    for (DayOfWeek d : DayOfWeek.values()) {
      List<ArrivalProfile.Segment> segs = profile.segments(d);
      int i = d.ordinal();
      from[i] = segs.stream().mapToInt(ArrivalProfile.Segment::from).toArray();
      to[i] = segs.stream().mapToInt(ArrivalProfile.Segment::to).toArray();
      intensity[i] = segs.stream().mapToDouble(ArrivalProfile.Segment::intensity).toArray();
      weightBefore[i] = new double[segs.size() + 1];
      for (int s = 0; s < segs.size(); s++) {
        weightBefore[i][s + 1] = weightBefore[i][s] + (to[i][s] - from[i][s]) * intensity[i][s];
      }
      dayWeight[i] = weightBefore[i][segs.size()];
    }
    if (Arrays.stream(dayWeight).sum() <= 0) {
      throw new IllegalArgumentException("an arrival profile must open at least once a week");
    }
  }

  @Override
  public double workingBefore(double t) {
    int d = (int) Math.floor(t / DAY);
    if (d < 0) {
      return 0;
    }
    ensure(d + 1);
    if (closed[d]) {
      return before[d];
    }
    int w = weekday(d);
    double s = t - (double) d * DAY;
    double sum = before[d];
    for (int i = 0; i < from[w].length && from[w][i] < s; i++) {
      sum += (Math.min(s, to[w][i]) - from[w][i]) * intensity[w][i];
    }
    return sum;
  }

  @Override
  public double advance(double t, double amount) {
    double target = workingBefore(t) + Math.max(0, amount);
    while (before[days] < target) {
      ensure(days + 7);
    }
    // the day d with before[d] < target <= before[d + 1]
    int lo = 0;
    int hi = days - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (before[mid + 1] < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (amount <= 0) {
      return nextOpen(t);
    }
    int w = weekday(lo);
    double left = target - before[lo];
    double[] wb = weightBefore[w];
    int s = 0;
    while (s + 1 < from[w].length && wb[s + 1] < left) {
      s++;
    }
    return (double) lo * DAY + from[w][s] + (left - wb[s]) / intensity[w][s];
  }

  @Override
  public double nextOpen(double t) {
    int d = (int) Math.floor(Math.max(0, t) / DAY);
    // A profile opens at least once a week; holidays close at most a few days in a row.
    for (int limit = d + 3660; d < limit; d++) {
      ensure(d + 1);
      if (closed[d]) {
        continue;
      }
      int w = weekday(d);
      double dayStart = (double) d * DAY;
      for (int i = 0; i < from[w].length; i++) {
        if (dayStart + to[w][i] > t) {
          return Math.max(t, dayStart + from[w][i]);
        }
      }
    }
    return t;
  }

  private int weekday(int d) {
    return epoch.plusDays(d).getDayOfWeek().ordinal();
  }

  private void ensure(int n) {
    if (n <= days) {
      return;
    }
    if (n > closed.length) {
      int size = Math.max(n, closed.length * 2);
      closed = Arrays.copyOf(closed, size);
      before = Arrays.copyOf(before, size + 1);
    }
    for (int d = days; d < n; d++) {
      LocalDate date = epoch.plusDays(d);
      closed[d] = holidays.isHoliday(date);
      before[d + 1] = before[d] + (closed[d] ? 0 : dayWeight[date.getDayOfWeek().ordinal()]);
    }
    days = n;
  }
}
