package org.flowbook.simulation.stats;

/** The 97.5 % quantile of Student's t distribution, for two-sided 95 % intervals. */
public final class StudentT {
  private static final double[] TABLE = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042
  };
  private static final double Z = 1.959963984540054;

  private StudentT() {}

  /** The quantile for {@code df} degrees of freedom (fractional df from Welch interpolate). */
  public static double quantile975(double df) {
    if (!(df >= 1)) {
      return TABLE[0];
    }
    if (df <= 30) {
      int lo = (int) Math.floor(df);
      double f = df - lo;
      double a = TABLE[lo - 1];
      double b = lo < 30 ? TABLE[lo] : cornishFisher(31);
      return a + f * (b - a);
    }
    return cornishFisher(df);
  }

  /** The Cornish–Fisher expansion of t around the normal quantile; exact to 1e-4 above df 30. */
  private static double cornishFisher(double v) {
    double z = Z;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    return z
        + (z3 + z) / (4 * v)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
  }
}
