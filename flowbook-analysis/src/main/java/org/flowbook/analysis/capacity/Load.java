package org.flowbook.analysis.capacity;

/** A verdict on a role's utilization. */
public enum Load {
  /** Below {@link #HIGH_FROM}: queues stay short. */
  OK,
  /** From 85 % up to 100 %: it works on paper, but queues grow fast and absences hurt. */
  HIGH,
  /**
   * At or above 100 %: more work arrives than the role's people can do; the queue grows without
   * end.
   */
  OVERLOADED;

  public static final double HIGH_FROM = 0.85;

  public static Load of(double utilization) {
    if (utilization >= 1) {
      return OVERLOADED;
    }
    return utilization >= HIGH_FROM ? HIGH : OK;
  }
}
