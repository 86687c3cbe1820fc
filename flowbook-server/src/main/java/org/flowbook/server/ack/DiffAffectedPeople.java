package org.flowbook.server.ack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.RoleShare;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;
import org.flowbook.repository.acknowledge.AffectedPerson;

/**
 * {@link AffectedPeople} from the analysis module's diff ({@code flowbook diff}): a step counts as
 * changed when {@link ChangedSteps} says so, and the people affected are those holding a role with
 * a part in it — in the old version (they lose or change a duty) or the new one.
 */
public final class DiffAffectedPeople implements AffectedPeople {
  @Override
  public List<AffectedPerson> affected(
      Workspace workspace, Optional<Process> before, Process after) {
    // folded role name -> the changed steps it has a part in
    Map<String, Set<String>> stepsByRole = new LinkedHashMap<>();
    for (ChangedSteps.Change c : ChangedSteps.between(workspace, before, after)) {
      Set<String> roles = new LinkedHashSet<>();
      c.before().ifPresent(s -> roles.addAll(StepRoles.of(s)));
      c.after().ifPresent(s -> roles.addAll(StepRoles.of(s)));
      for (String r : roles) {
        stepsByRole.computeIfAbsent(fold(r), k -> new LinkedHashSet<>()).add(c.id());
      }
    }
    List<AffectedPerson> out = new ArrayList<>();
    for (Person p : workspace.organization().people()) {
      List<String> roles = new ArrayList<>();
      Set<String> steps = new LinkedHashSet<>();
      for (RoleShare r : p.roles()) {
        Set<String> s = stepsByRole.get(fold(r.role()));
        if (s != null) {
          roles.add(r.role());
          steps.addAll(s);
        }
      }
      if (!roles.isEmpty()) {
        out.add(new AffectedPerson(p.key(), p.name(), p.email(), roles, List.copyOf(steps)));
      }
    }
    return out;
  }

  /** The steps of a version in which a person's roles have a part. */
  static boolean touches(Step s, List<String> roles) {
    Set<String> folded = new LinkedHashSet<>();
    roles.forEach(r -> folded.add(fold(r)));
    return StepRoles.of(s).stream().anyMatch(r -> folded.contains(fold(r)));
  }

  private static String fold(String role) {
    return role.strip().toLowerCase(Locale.ROOT);
  }
}
