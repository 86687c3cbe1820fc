package org.flowbook.people.coverage;

/**
 * A role during one unit.
 *
 * @param fewestPresent the fewest holders present on any working day of the unit
 * @param demandHours hours of work the documented volumes bring in the unit
 * @param capacityHours hours the present holders can give the role in the unit
 * @param uncoveredSteps the role's steps with a day without anybody in the unit
 */
public record RoleUnit(
    int fewestPresent, double demandHours, double capacityHours, int uncoveredSteps) {

  /** Demand ÷ present capacity; infinite when work arrives and nobody is there. */
  public double utilization() {
    if (capacityHours <= 0) {
      return demandHours > 0 ? Double.POSITIVE_INFINITY : 0;
    }
    return demandHours / capacityHours;
  }

  public boolean underCapacity() {
    return demandHours > capacityHours + 1e-9;
  }
}
