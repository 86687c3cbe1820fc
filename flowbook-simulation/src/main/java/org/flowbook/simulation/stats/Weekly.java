package org.flowbook.simulation.stats;

import java.util.Arrays;

/** A growing series of sums per week of simulated time (week 0 starts at the epoch, a Monday). */
public final class Weekly {
  public static final double WEEK = 7 * 86400.0;

  private double[] sums = new double[60];
  private int weeks;

  /** Adds {@code value} to the week containing time {@code t}. */
  public void add(double t, double value) {
    int w = (int) Math.max(0, Math.floor(t / WEEK));
    if (w >= sums.length) {
      sums = Arrays.copyOf(sums, Math.max(w + 1, sums.length * 2));
    }
    sums[w] += value;
    weeks = Math.max(weeks, w + 1);
  }

  /** Adds {@code rate} × time for the interval [from, to), split at week boundaries. */
  public void integrate(double from, double to, double rate) {
    if (rate == 0 || to <= from) {
      return;
    }
    double t = from;
    while (t < to) {
      double weekEnd = (Math.floor(t / WEEK) + 1) * WEEK;
      double until = Math.min(to, weekEnd);
      add(t, rate * (until - t));
      t = until;
    }
  }

  public double get(int week) {
    return week < sums.length ? sums[week] : 0;
  }

  public int weeks() {
    return weeks;
  }

  public double sum(int fromWeek, int toWeek) {
    double s = 0;
    for (int w = Math.max(0, fromWeek); w < Math.min(toWeek, sums.length); w++) {
      s += sums[w];
    }
    return s;
  }
}
