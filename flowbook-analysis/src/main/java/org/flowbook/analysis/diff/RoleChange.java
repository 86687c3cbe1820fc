package org.flowbook.analysis.diff;

import java.util.List;

/**
 * A role whose tasks change: who must be told, or retrained.
 *
 * @param gained titles of the steps the role now performs and did not before
 * @param lost titles of the steps the role no longer performs
 */
public record RoleChange(String role, List<String> gained, List<String> lost) {
  public RoleChange {
    gained = List.copyOf(gained);
    lost = List.copyOf(lost);
  }
}
