package org.flowbook.simulation.stats;

import java.util.List;

/**
 * A mean over replications with its 95 % confidence interval (Student t, n − 1 degrees of freedom).
 * Replications that have no value (NaN) are left out.
 */
public record Estimate(double mean, double low, double high, double sd, int n) {
  public static final Estimate NONE =
      new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);

  public static Estimate of(double[] values) {
    int n = 0;
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    if (n == 0) {
      return NONE;
    }
    double mean = sum / n;
    if (n == 1) {
      return new Estimate(mean, Double.NaN, Double.NaN, Double.NaN, 1);
    }
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    double sd = Math.sqrt(ss / (n - 1));
    double half = StudentT.quantile975(n - 1) * sd / Math.sqrt(n);
    return new Estimate(mean, mean - half, mean + half, sd, n);
  }

  public static Estimate of(List<Double> values) {
    return of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  public double halfWidth() {
    return (high - low) / 2;
  }

  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  public boolean isPresent() {
    return n > 0;
  }

  /**
   * Welch's t-test of two estimates at the 5 % level: whether their means differ by more than
   * noise.
   */
  public static boolean significantlyDifferent(Estimate a, Estimate b) {
    if (a.n < 2 || b.n < 2) {
      return false;
    }
    double va = a.sd * a.sd / a.n;
    double vb = b.sd * b.sd / b.n;
    double se = Math.sqrt(va + vb);
    if (se == 0) {
      return a.mean != b.mean;
    }
    double t = Math.abs(a.mean - b.mean) / se;
    double df = (va + vb) * (va + vb) / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
    return t > StudentT.quantile975(df);
  }
}
