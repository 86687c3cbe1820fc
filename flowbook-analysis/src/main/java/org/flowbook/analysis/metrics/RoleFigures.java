package org.flowbook.analysis.metrics;

/**
 * What one role does for an average case.
 *
 * @param role the role name, or empty for work no role is named for
 * @param tasks expected number of tasks (step visits) per case
 * @param workHours expected person-hours of work per case
 * @param cost expected cost per case (0 when the role has no cost in organization.flow)
 */
public record RoleFigures(String role, double tasks, double workHours, double cost) {

  /** Mean hours of one task, 0 when the role has no tasks. */
  public double hoursPerTask() {
    return tasks > 0 ? workHours / tasks : 0;
  }
}
