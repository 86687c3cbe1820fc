package org.flowbook.analysis.metrics;

import java.util.List;
import java.util.Map;

/**
 * The flow figures of one process per average case, computed from the documentation alone.
 *
 * @param workSteps the steps people do (activities, decisions with work, calls)
 * @param roles the roles performing steps
 * @param cycleHours expected cycle time (work plus waiting on the longer parallel branch)
 * @param workHours the hands-on part of the cycle time
 * @param waitHours the waiting part of the cycle time
 * @param effortHours expected person-hours of work, every parallel branch counted
 * @param cost expected cost per case from the roles' hourly costs
 * @param unpricedRoles roles with work but no cost in organization.flow (their work costs 0)
 * @param handoffs expected times the work passes from one role to another
 * @param criticalPath the steps of the typical case: the likelier branch at each decision, the
 *     longer branch at each parallel split
 * @param criticalPathHours work plus wait along that path
 * @param outcomes the probability of ending at each end step, by id
 */
public record FlowMetrics(
    String processId,
    String title,
    String currency,
    int workSteps,
    int roles,
    double cycleHours,
    double workHours,
    double waitHours,
    double effortHours,
    double cost,
    List<String> unpricedRoles,
    double handoffs,
    List<String> criticalPath,
    double criticalPathHours,
    List<StepFigures> steps,
    List<RoleFigures> roleFigures,
    Map<String, Double> outcomes,
    List<Caveat> caveats) {

  public FlowMetrics {
    unpricedRoles = List.copyOf(unpricedRoles);
    criticalPath = List.copyOf(criticalPath);
    steps = List.copyOf(steps);
    roleFigures = List.copyOf(roleFigures);
    outcomes = Map.copyOf(outcomes);
    caveats = List.copyOf(caveats);
  }

  /** Work as a share of the cycle time (0..1); 0 for a process that takes no time. */
  public double flowEfficiency() {
    return cycleHours > 0 ? Math.min(1, workHours / cycleHours) : 0;
  }

  /** The figures of one role, if it works in this process. */
  public java.util.Optional<RoleFigures> role(String name) {
    return roleFigures.stream().filter(r -> r.role().equals(name)).findFirst();
  }

  public java.util.Optional<StepFigures> step(String id) {
    return steps.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
