package org.flowbook.people.coverage;

import java.util.List;

/**
 * A role across the period.
 *
 * @param people listed people who hold it (0: only a head count is known, assumed always present)
 * @param units one per unit of the report
 */
public record RoleCover(String role, int people, int headCount, List<RoleUnit> units) {
  public RoleCover {
    units = List.copyOf(units);
  }

  public boolean listed() {
    return people > 0;
  }
}
