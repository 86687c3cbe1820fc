package org.flowbook.simulation.engine;

import java.util.Locale;
import java.util.random.RandomGenerator;

/** A probability distribution of a duration in seconds (never negative). */
public sealed interface Distribution {
  double sample(RandomGenerator random);

  double mean();

  /** A short description for reports ("lognormal(mean 600 s, CV 0.5)"). */
  String describe();

  /** The default variability for a documented mean: {@link #DEFAULT_CV}. */
  double DEFAULT_CV = 0.5;

  /** The documented mean with the default shape: lognormal with a CV of 0.5. */
  static Distribution around(double mean) {
    return mean <= 0 ? new Fixed(0) : new LogNormal(mean, DEFAULT_CV);
  }

  /** Always the same value. */
  record Fixed(double value) implements Distribution {
    public Fixed {
      check(value);
    }

    @Override
    public double sample(RandomGenerator random) {
      return value;
    }

    @Override
    public double mean() {
      return value;
    }

    @Override
    public String describe() {
      return "fixed(" + fmt(value) + " s)";
    }
  }

  record Exponential(double mean) implements Distribution {
    public Exponential {
      check(mean);
    }

    @Override
    public double sample(RandomGenerator random) {
      return -mean * Math.log(1 - random.nextDouble());
    }

    @Override
    public String describe() {
      return "exponential(mean " + fmt(mean) + " s)";
    }
  }

  /** Lognormal by its mean and coefficient of variation (standard deviation / mean). */
  record LogNormal(double mean, double cv) implements Distribution {
    public LogNormal {
      check(mean);
      check(cv);
    }

    @Override
    public double sample(RandomGenerator random) {
      double s2 = Math.log(1 + cv * cv);
      double mu = Math.log(mean) - s2 / 2;
      return Math.exp(mu + Math.sqrt(s2) * random.nextGaussian());
    }

    @Override
    public String describe() {
      return "lognormal(mean " + fmt(mean) + " s, CV " + fmt(cv) + ")";
    }
  }

  /** Gamma by its mean and coefficient of variation; Marsaglia and Tsang's method. */
  record Gamma(double mean, double cv) implements Distribution {
    public Gamma {
      check(mean);
      if (!(cv > 0)) {
        throw new IllegalArgumentException("the CV of a gamma distribution must be positive");
      }
    }

    @Override
    public double sample(RandomGenerator random) {
      double shape = 1 / (cv * cv);
      double scale = mean / shape;
      return scale * standard(shape, random);
    }

    private static double standard(double shape, RandomGenerator random) {
      if (shape < 1) {
        double u = random.nextDouble();
        return standard(shape + 1, random) * Math.pow(u, 1 / shape);
      }
      double d = shape - 1.0 / 3;
      double c = 1 / Math.sqrt(9 * d);
      while (true) {
        double x = random.nextGaussian();
        double v = 1 + c * x;
        if (v <= 0) {
          continue;
        }
        v = v * v * v;
        double u = random.nextDouble();
        if (u < 1 - 0.0331 * x * x * x * x
            || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
          return d * v;
        }
      }
    }

    @Override
    public String describe() {
      return "gamma(mean " + fmt(mean) + " s, CV " + fmt(cv) + ")";
    }
  }

  /** Normal, cut at zero (a negative draw becomes zero) — what Prosimos does too. */
  record Normal(double mu, double sd) implements Distribution {
    public Normal {
      check(sd);
    }

    @Override
    public double sample(RandomGenerator random) {
      return Math.max(0, mu + sd * random.nextGaussian());
    }

    @Override
    public double mean() {
      return Math.max(0, mu);
    }

    @Override
    public String describe() {
      return "normal(" + fmt(mu) + " s, sd " + fmt(sd) + " s)";
    }
  }

  record Uniform(double low, double high) implements Distribution {
    public Uniform {
      check(low);
      if (high < low) {
        throw new IllegalArgumentException("a range must not end before it starts");
      }
    }

    @Override
    public double sample(RandomGenerator random) {
      return low + (high - low) * random.nextDouble();
    }

    @Override
    public double mean() {
      return (low + high) / 2;
    }

    @Override
    public String describe() {
      return "uniform(" + fmt(low) + "–" + fmt(high) + " s)";
    }
  }

  /** Triangular between low and high with its peak at mode. */
  record Triangular(double low, double mode, double high) implements Distribution {
    public Triangular {
      check(low);
      if (mode < low || high < mode) {
        throw new IllegalArgumentException("low <= mode <= high");
      }
    }

    @Override
    public double sample(RandomGenerator random) {
      double u = random.nextDouble();
      double span = high - low;
      if (span <= 0) {
        return low;
      }
      double f = (mode - low) / span;
      return u < f
          ? low + Math.sqrt(u * span * (mode - low))
          : high - Math.sqrt((1 - u) * span * (high - mode));
    }

    @Override
    public double mean() {
      return (low + mode + high) / 3;
    }

    @Override
    public String describe() {
      return "triangular(" + fmt(low) + ", " + fmt(mode) + ", " + fmt(high) + " s)";
    }
  }

  private static void check(double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("a duration must be a finite number >= 0: " + v);
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
