package org.flowbook.compliance.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flowbook.compliance.trace.StepControls;
import org.flowbook.compliance.trace.StepControls.PerformedControl;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * Traces every requirement to the controls that cite it and the steps (and so processes) that
 * perform them. A requirement is covered when at least one citing control is performed in a step;
 * otherwise it is a gap, also when a declared control cites it but no step performs that control.
 */
public final class Coverage {
  private Coverage() {}

  /** The coverage of every regulation of the workspace. */
  public static CoverageReport of(Workspace workspace) {
    return of(workspace, Optional.empty());
  }

  /**
   * The coverage of one regulation (by short name or name, any case), or of all when empty. An
   * unknown regulation gives an empty report; callers that take a user's word check it with {@link
   * #regulation} first.
   */
  public static CoverageReport of(Workspace workspace, Optional<String> regulation) {
    Organization org = workspace.organization();
    List<Regulation> regulations =
        org.regulations().stream()
            .filter(r -> regulation.map(w -> names(r, w)).orElse(true))
            .toList();
    // Citation key → (control name → steps), both in first-seen order.
    Map<String, Map<String, List<StepUse>>> byRequirement = new LinkedHashMap<>();
    List<UnknownCitation> unknown = new ArrayList<>();
    for (Process p : workspace.inLandscapeOrder()) {
      for (Step s : p.steps()) {
        for (PerformedControl c : StepControls.of(org, s)) {
          StepUse use = new StepUse(p.id(), p.title(), s.id(), s.title(), s.at());
          for (String citation : c.citations()) {
            Optional<Organization.Citation> resolved = org.resolve(citation);
            if (resolved.isEmpty()) {
              if (regulation.isEmpty()
                  || citation
                      .toLowerCase(Locale.ROOT)
                      .startsWith(regulation.get().toLowerCase(Locale.ROOT) + " ")) {
                unknown.add(new UnknownCitation(citation, c.name(), use));
              }
              continue;
            }
            byRequirement
                .computeIfAbsent(key(resolved.get()), k -> new LinkedHashMap<>())
                .computeIfAbsent(c.name(), k -> new ArrayList<>())
                .add(use);
          }
        }
      }
    }
    // Declared controls cite requirements even when no step performs them yet.
    for (StepControls.DeclaredControl d : StepControls.declared(org)) {
      for (String citation : d.citations()) {
        org.resolve(citation)
            .ifPresent(
                r ->
                    byRequirement
                        .computeIfAbsent(key(r), k -> new LinkedHashMap<>())
                        .computeIfAbsent(d.name(), k -> new ArrayList<>()));
      }
    }
    List<RequirementCoverage> gaps = new ArrayList<>();
    List<RequirementCoverage> covered = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Regulation reg : regulations) {
      for (Requirement req : reg.requirements()) {
        Organization.Citation cite = new Organization.Citation(reg, req);
        String key = key(cite);
        // A number declared twice in one regulation is one requirement: it appears once.
        if (!seen.add(key)) {
          continue;
        }
        List<ControlUse> controls = new ArrayList<>();
        byRequirement
            .getOrDefault(key, Map.of())
            .forEach((name, steps) -> controls.add(new ControlUse(name, distinct(steps))));
        RequirementCoverage rc =
            new RequirementCoverage(cite.text(), reg.name(), req.text(), controls);
        (rc.isGap() ? gaps : covered).add(rc);
      }
    }
    List<RequirementCoverage> all = new ArrayList<>(gaps);
    all.addAll(covered);
    return new CoverageReport(all, unknown);
  }

  /** The declared regulation a user's word names (short name or name, any case), if any. */
  public static Optional<Regulation> regulation(Workspace workspace, String word) {
    return workspace.organization().regulations().stream().filter(r -> names(r, word)).findFirst();
  }

  private static boolean names(Regulation r, String word) {
    return r.shortName().equalsIgnoreCase(word.strip()) || r.name().equalsIgnoreCase(word.strip());
  }

  /** The identity of a requirement: its regulation's short name and name, and the number. */
  private static String key(Organization.Citation c) {
    return c.regulation().shortName()
        + "\u0000"
        + c.regulation().name()
        + "\u0000"
        + c.requirement().number();
  }

  private static List<StepUse> distinct(List<StepUse> steps) {
    return steps.stream().distinct().toList();
  }
}
