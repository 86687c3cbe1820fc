package org.flowbook.training.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.RoleTraining;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/** Derives curricula from a workspace; nothing in them is typed except the extra items. */
public final class Curricula {
  private Curricula() {}

  /** The curriculum of a role (matched case-insensitively; an undeclared role gets its steps). */
  public static Curriculum of(Workspace ws, String role) {
    Optional<Role> declared = ws.organization().role(role);
    String name = declared.map(Role::name).orElse(role.strip());
    RoleTraining extra = declared.map(Role::training).orElse(RoleTraining.NONE);
    List<CurriculumProcess> processes = new ArrayList<>();
    Map<String, RegulationItem> regulations = new LinkedHashMap<>();
    for (Process p : ws.inLandscapeOrder()) {
      List<CurriculumStep> steps = new ArrayList<>();
      for (Step s : p.workSteps()) {
        Set<Involvement> inv = Involvement.of(s, name);
        inv.retainAll(Set.of(Involvement.RESPONSIBLE, Involvement.ACCOUNTABLE));
        if (inv.isEmpty()) {
          continue;
        }
        steps.add(new CurriculumStep(s.id(), s.title(), inv, s.task().controls()));
        for (ControlRef c : s.task().controls()) {
          for (String citation : c.requirements()) {
            regulations.computeIfAbsent(
                citation.toLowerCase(java.util.Locale.ROOT),
                k -> regulation(ws.organization(), citation));
          }
        }
      }
      if (!steps.isEmpty()) {
        processes.add(new CurriculumProcess(p.id(), p.title(), steps));
      }
    }
    return new Curriculum(
        name, processes, List.copyOf(regulations.values()), extra.items(), extra.validFor());
  }

  /** Every declared role's curriculum, in declaration order, then roles used but not declared. */
  public static List<Curriculum> all(Workspace ws) {
    List<Curriculum> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    ws.organization().roles().forEach(r -> names.add(r.name()));
    for (Process p : ws.processes()) {
      for (Step s : p.workSteps()) {
        for (String r : s.task().roles()) {
          if (names.stream().noneMatch(n -> n.equalsIgnoreCase(r))) {
            names.add(r);
          }
        }
      }
    }
    for (String n : names) {
      out.add(of(ws, n));
    }
    return out;
  }

  /** How long the role's training is valid, as written in the language ("12 mån"), or "". */
  public static String validity(Curriculum c, org.flowbook.model.Language language) {
    return org.flowbook.notation.Periods.format(c.validFor(), language);
  }

  private static RegulationItem regulation(Organization org, String citation) {
    return org.resolve(citation)
        .map(c -> new RegulationItem(citation, c.regulation().name(), c.requirement().text()))
        .orElse(new RegulationItem(citation, "", ""));
  }
}
