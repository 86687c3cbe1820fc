package org.flowbook.simulation.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The shape given to a documented work time (its mean) when the notation states no range. The
 * default is lognormal with a coefficient of variation of 0.5: never negative, skewed to the right
 * as real task times are, and half as variable as the exponential that queueing theory assumes.
 */
public enum WorkShape {
  LOGNORMAL,
  EXPONENTIAL,
  GAMMA,
  FIXED;

  public Distribution around(double mean) {
    if (mean <= 0) {
      return new Distribution.Fixed(0);
    }
    return switch (this) {
      case LOGNORMAL -> new Distribution.LogNormal(mean, Distribution.DEFAULT_CV);
      case EXPONENTIAL -> new Distribution.Exponential(mean);
      case GAMMA -> new Distribution.Gamma(mean, Distribution.DEFAULT_CV);
      case FIXED -> new Distribution.Fixed(mean);
    };
  }

  public static Optional<WorkShape> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (WorkShape s : values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(s);
      }
    }
    return switch (t) {
      case "exponentiell", "exp" -> Optional.of(EXPONENTIAL);
      case "fast", "fix", "konstant" -> Optional.of(FIXED);
      case "lognormal", "lognormalfördelning", "log-normal" -> Optional.of(LOGNORMAL);
      default -> Optional.empty();
    };
  }
}
