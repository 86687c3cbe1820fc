package org.flowbook.server.sso;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.repository.users.AccessRole;

/**
 * Which access role the provider's groups give: the highest role any of the person's groups is
 * listed under, else the default role, or none (the sign-in is refused). Group names compare
 * exactly, as providers send them (Entra ID sends object IDs, Keycloak paths such as {@code
 * /staff/quality}).
 */
public record RoleMapping(Map<AccessRole, Set<String>> groups, Optional<AccessRole> defaultRole) {
  public RoleMapping {
    Map<AccessRole, Set<String>> copy = new EnumMap<>(AccessRole.class);
    groups.forEach((role, names) -> copy.put(role, Set.copyOf(names)));
    groups = Map.copyOf(copy);
    defaultRole = defaultRole == null ? Optional.empty() : defaultRole;
  }

  /** Every person is a reader. */
  public static RoleMapping readers() {
    return new RoleMapping(Map.of(), Optional.of(AccessRole.READER));
  }

  /** The role of someone in these groups; empty refuses the sign-in. */
  public Optional<AccessRole> roleFor(Collection<String> personGroups) {
    Set<String> mine = new LinkedHashSet<>(personGroups);
    AccessRole[] roles = AccessRole.values();
    for (int i = roles.length - 1; i >= 0; i--) {
      AccessRole role = roles[i];
      if (groups.getOrDefault(role, Set.of()).stream().anyMatch(mine::contains)) {
        return Optional.of(role);
      }
    }
    return defaultRole;
  }
}
