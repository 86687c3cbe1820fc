package org.flowbook.analysis.metrics;

/**
 * Expected figures of one step per case.
 *
 * @param visits how many times a case passes the step on average (above 1 with rework, below 1
 *     behind a decision)
 * @param workHours hands-on hours of one visit
 * @param waitHours waiting hours before one visit
 */
public record StepFigures(
    String id, String title, String role, double visits, double workHours, double waitHours) {

  /** Waiting hours this step adds to an average case. */
  public double expectedWait() {
    return visits * waitHours;
  }

  /** Work hours this step adds to an average case. */
  public double expectedWork() {
    return visits * workHours;
  }
}
