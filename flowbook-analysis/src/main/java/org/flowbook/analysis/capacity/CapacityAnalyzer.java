package org.flowbook.analysis.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.flowbook.analysis.metrics.RoleFigures;
import org.flowbook.model.Organization;
import org.flowbook.model.Role;

/**
 * Turns work per case into utilization per role at a monthly volume: demand hours against the
 * role's people times their weekly hours (52/12 weeks a month), and the Erlang C queueing delay of
 * a task arriving at the role during working time.
 */
public final class CapacityAnalyzer {
  /** Weeks in an average month. */
  public static final double WEEKS_PER_MONTH = 52.0 / 12.0;

  private final Organization organization;

  public CapacityAnalyzer(Organization organization) {
    this.organization = organization;
  }

  /** Utilization of the roles of one process at {@code casesPerMonth}. */
  public CapacityReport of(List<RoleFigures> perCase, double casesPerMonth) {
    Map<String, double[]> demand = new LinkedHashMap<>();
    for (RoleFigures r : perCase) {
      if (!r.role().isEmpty()) {
        demand.put(
            r.role(), new double[] {r.tasks() * casesPerMonth, r.workHours() * casesPerMonth});
      }
    }
    return fromMonthly(demand, casesPerMonth);
  }

  /**
   * Utilization from monthly demand per role: {@code [tasks per month, hours per month]}.
   *
   * @param casesPerMonth the volume to report (0 for a workspace total)
   */
  public CapacityReport fromMonthly(Map<String, double[]> demand, double casesPerMonth) {
    List<RoleUtilization> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : demand.entrySet()) {
      out.add(utilization(e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
    out.sort(
        Comparator.comparingDouble(RoleUtilization::utilization)
            .reversed()
            .thenComparing(RoleUtilization::role));
    return new CapacityReport(casesPerMonth, out);
  }

  private RoleUtilization utilization(String name, double tasks, double hours) {
    Role role = organization.role(name).orElse(Role.named(name));
    boolean declared = organization.role(name).isPresent();
    double perPerson = role.hoursPerWeek() * WEEKS_PER_MONTH;
    double available = role.capacity() * perPerson;
    double utilization = available > 0 ? hours / available : 0;
    double load = hours / perPerson;
    double waitProbability = ErlangC.probabilityOfWaiting(role.capacity(), load);
    OptionalDouble queue = OptionalDouble.empty();
    if (load < role.capacity()) {
      double arrivalRate = tasks / perPerson;
      double serviceTime = tasks > 0 ? hours / tasks : 0;
      queue = OptionalDouble.of(ErlangC.meanWait(role.capacity(), arrivalRate, serviceTime));
    }
    return new RoleUtilization(
        name,
        declared,
        role.capacity(),
        role.hoursPerWeek(),
        tasks,
        hours,
        available,
        utilization,
        waitProbability,
        queue);
  }
}
