package org.flowbook.analysis.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flowbook.model.ControlCoverage;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Risk;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * The gaps a new version of a process opens (issue 19): requirements covered with the old version
 * in place and uncovered with the new one — judged over the whole workspace, so a requirement
 * another process still covers is no gap — and risks of the new version whose every control existed
 * before and none exists now. Coverage means what {@link ControlCoverage} says.
 */
final class ControlGaps {
  private ControlGaps() {}

  static List<ControlGap> of(Workspace before, Workspace after, Process old, Process now) {
    Organization org = after.organization();
    List<ControlGap> out = new ArrayList<>();
    Set<String> coveredAfter = ControlCoverage.coveredRequirements(org, after.processes());
    for (String req : ControlCoverage.coveredRequirements(org, before.processes())) {
      if (!coveredAfter.contains(req)) {
        out.add(new ControlGap(ControlGap.Kind.REQUIREMENT, req, controlsCiting(org, old, req)));
      }
    }
    Map<String, Risk> oldRisks = byName(old);
    for (Risk r : byName(now).values()) {
      Risk was = oldRisks.get(key(r.name()));
      if (was == null) {
        continue;
      }
      List<String> had = ControlCoverage.existingControls(org, old, was);
      if (!had.isEmpty() && ControlCoverage.existingControls(org, now, r).isEmpty()) {
        out.add(new ControlGap(ControlGap.Kind.RISK, r.name(), had));
      }
    }
    return out;
  }

  /** The old version's controls that cite the requirement, themselves or as declared. */
  private static List<String> controlsCiting(Organization org, Process p, String requirement) {
    Set<String> names = new LinkedHashSet<>();
    for (Step s : p.steps()) {
      for (ControlRef c : s.task().controls()) {
        for (String citation : org.requirementsOf(c)) {
          org.resolve(citation)
              .filter(cit -> cit.text().equals(requirement))
              .ifPresent(cit -> names.add(c.name()));
        }
      }
    }
    for (Risk r : p.allRisks()) {
      for (String name : r.controls()) {
        org.control(name)
            .filter(
                c ->
                    c.requirements().stream()
                        .anyMatch(
                            cite ->
                                org.resolve(cite)
                                    .map(x -> x.text().equals(requirement))
                                    .orElse(false)))
            .ifPresent(c -> names.add(c.name()));
      }
    }
    return List.copyOf(names);
  }

  private static Map<String, Risk> byName(Process p) {
    Map<String, Risk> out = new TreeMap<>();
    for (Risk r : p.allRisks()) {
      out.putIfAbsent(key(r.name()), r);
    }
    return out;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
