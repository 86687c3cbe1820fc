package org.flowbook.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A role a person holds and the share of their working time that goes to it.
 *
 * @param share a fraction, 0 ≤ share ≤ 1 ({@code Inköpare (60 %)} is 0.6)
 */
public record RoleShare(String role, double share) {
  public RoleShare {
    role = Checks.text(role, "role name");
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("the share of role '" + role + "' must be 0–100 %");
    }
  }

  /** The roles with their time split equally. */
  public static List<RoleShare> equal(List<String> roles) {
    List<RoleShare> out = new ArrayList<>();
    for (String r : roles) {
      out.add(new RoleShare(r, 1.0 / roles.size()));
    }
    return List.copyOf(out);
  }
}
