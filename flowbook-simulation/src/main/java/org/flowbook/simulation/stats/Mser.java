package org.flowbook.simulation.stats;

/**
 * MSER warm-up detection (White 1997; Hoad, Robinson and Davies 2010): the series is cut into
 * batches (five observations in MSER-5; the simulator batches its days by the week, seven, so that
 * weekends do not make a pattern of their own), and the cut is the number of leading batches whose
 * removal minimizes the marginal standard error of the rest, {@code Σ(x − mean)² / (n − d)²},
 * searched over the first half only (a minimum in the second half means the series never settles).
 */
public final class Mser {
  public static final int BATCH = 5;

  /** Days in a batch when the observations are days: a week. */
  public static final int WEEK = 7;

  private Mser() {}

  /** MSER-5. */
  public static int truncation(double[] series) {
    return truncation(series, BATCH);
  }

  /**
   * The number of leading observations to drop (a multiple of {@code batch}), or -1 when the series
   * is too short (under four batches) or the statistic is still falling half-way (no steady state
   * in sight).
   */
  public static int truncation(double[] series, int batch) {
    int batches = series.length / batch;
    if (batches < 4) {
      return -1;
    }
    double[] z = new double[batches];
    for (int b = 0; b < batches; b++) {
      double s = 0;
      for (int i = 0; i < batch; i++) {
        s += series[b * batch + i];
      }
      z[b] = s / batch;
    }
    // Suffix sums give each candidate's mean and sum of squares in O(1).
    double[] sum = new double[batches + 1];
    double[] sq = new double[batches + 1];
    for (int b = batches - 1; b >= 0; b--) {
      sum[b] = sum[b + 1] + z[b];
      sq[b] = sq[b + 1] + z[b] * z[b];
    }
    int best = -1;
    double bestValue = 0;
    // Only the first half is searched: near the end a few batch means that happen to lie close
    // together give a spuriously small statistic. A minimum at the half-way mark means the
    // statistic was still falling: the series has not settled.
    int last = batches / 2;
    for (int d = 0; d <= last; d++) {
      int n = batches - d;
      double mean = sum[d] / n;
      double ss = Math.max(0, sq[d] - n * mean * mean);
      double value = ss / ((double) n * n);
      // strictly less (with a little room for rounding): ties keep the earlier, shorter cut
      if (best < 0 || value < bestValue * (1 - 1e-12)) {
        bestValue = value;
        best = d;
      }
    }
    return best >= last ? -1 : best * batch;
  }
}
