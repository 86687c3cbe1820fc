package org.flowbook.mining.analysis;

import java.util.Arrays;

/**
 * Summary statistics of a set of durations in milliseconds. Median and percentiles interpolate
 * linearly between the two nearest values (numpy's default), so they match PM4Py.
 *
 * @param count how many durations
 * @param total their sum
 * @param mean the arithmetic mean (0 when empty)
 * @param median the 50th percentile
 * @param p90 the 90th percentile
 * @param min the smallest
 * @param max the largest
 */
public record DurationStats(
    long count, long total, double mean, double median, double p90, long min, long max) {

  public static final DurationStats EMPTY = new DurationStats(0, 0, 0, 0, 0, 0, 0);

  /** Statistics of {@code values[from, to)}; sorts that range in place. */
  public static DurationStats ofRange(long[] values, int from, int to) {
    int n = to - from;
    if (n <= 0) {
      return EMPTY;
    }
    Arrays.sort(values, from, to);
    long total = 0;
    for (int i = from; i < to; i++) {
      total += values[i];
    }
    return new DurationStats(
        n,
        total,
        (double) total / n,
        percentile(values, from, n, 0.5),
        percentile(values, from, n, 0.9),
        values[from],
        values[to - 1]);
  }

  /** Statistics of all {@code values} (not modified). */
  public static DurationStats of(long[] values) {
    long[] copy = values.clone();
    return ofRange(copy, 0, copy.length);
  }

  private static double percentile(long[] sorted, int from, int n, double q) {
    double pos = q * (n - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, n - 1);
    double frac = pos - lo;
    return sorted[from + lo] + (sorted[from + hi] - sorted[from + lo]) * frac;
  }
}
