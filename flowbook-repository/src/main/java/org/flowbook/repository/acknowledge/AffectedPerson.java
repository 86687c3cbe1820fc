package org.flowbook.repository.acknowledge;

import java.util.List;

/**
 * A person a publication concerns, and why: their roles with a part (R, A, C or I) in a changed
 * step, and those steps' numbers in the new version (the old number for a removed step).
 */
public record AffectedPerson(
    String key, String name, String email, List<String> roles, List<String> steps) {
  public AffectedPerson {
    roles = List.copyOf(roles);
    steps = List.copyOf(steps);
    email = email == null ? "" : email;
  }
}
