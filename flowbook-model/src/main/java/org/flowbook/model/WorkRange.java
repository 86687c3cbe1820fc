package org.flowbook.model;

import java.time.Duration;

/**
 * A work time written as a range ({@code arbete 10–30 min}): the least and the most one case takes.
 * The step's work time is the middle of the range (its mean); the simulator draws from a triangular
 * distribution with its peak in the middle (decision 0701).
 */
public record WorkRange(Duration low, Duration high) {
  public WorkRange {
    if (low == null || high == null || low.isNegative() || high.compareTo(low) < 0) {
      throw new IllegalArgumentException("a work range runs from a smaller to a larger time");
    }
  }

  /** The mean of the range, the work time the analysis uses. */
  public Duration mean() {
    return Duration.ofSeconds((low.getSeconds() + high.getSeconds()) / 2);
  }
}
