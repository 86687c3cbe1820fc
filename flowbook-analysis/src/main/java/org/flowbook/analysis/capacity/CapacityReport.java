package org.flowbook.analysis.capacity;

import java.util.List;
import java.util.Optional;

/**
 * The utilization of every role at a volume, busiest first.
 *
 * @param casesPerMonth the volume the figures are for
 */
public record CapacityReport(double casesPerMonth, List<RoleUtilization> roles) {
  public CapacityReport {
    roles = List.copyOf(roles);
  }

  /** The busiest role, if any role has work. */
  public Optional<RoleUtilization> bottleneck() {
    return roles.stream().filter(r -> r.demandHours() > 0).findFirst();
  }

  /** Whether any role gets more work than its people can do. */
  public boolean overloaded() {
    return roles.stream().anyMatch(r -> r.load() == Load.OVERLOADED);
  }

  public Optional<RoleUtilization> role(String name) {
    return roles.stream().filter(r -> r.role().equals(name)).findFirst();
  }
}
