package org.flowbook.analysis.capacity;

import java.util.OptionalDouble;

/**
 * How busy one role is at a given volume.
 *
 * @param declared whether organization.flow declares the role (otherwise 1 person, 40 h/week)
 * @param tasksPerMonth tasks arriving per month
 * @param demandHours hours of work per month
 * @param availableHours working hours per month of all the role's people
 * @param utilization demand ÷ available (above 1 = overloaded)
 * @param waitProbability the Erlang C probability that a task waits for a free person
 * @param queueHours the mean queueing delay per task in working hours; empty when overloaded
 */
public record RoleUtilization(
    String role,
    boolean declared,
    int people,
    double hoursPerWeek,
    double tasksPerMonth,
    double demandHours,
    double availableHours,
    double utilization,
    double waitProbability,
    OptionalDouble queueHours) {

  public Load load() {
    return Load.of(utilization);
  }
}
