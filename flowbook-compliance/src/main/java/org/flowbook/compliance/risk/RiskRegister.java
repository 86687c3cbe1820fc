package org.flowbook.compliance.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Risk;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * Every risk of the workspace, worst first, with the heat maps before and after the controls.
 *
 * @param threshold the organization's risk threshold: above it a risk needs attention
 */
public record RiskRegister(List<RiskEntry> entries, int threshold, HeatMap before, HeatMap after) {
  public RiskRegister {
    entries = List.copyOf(entries);
  }

  /**
   * The register of a workspace: risks by effective value, then inherent value, highest first; ties
   * keep landscape and file order (process-level risks before their steps').
   */
  public static RiskRegister of(Workspace workspace) {
    Organization org = workspace.organization();
    List<RiskEntry> entries = new ArrayList<>();
    for (Process p : workspace.inLandscapeOrder()) {
      for (Risk r : p.risks()) {
        entries.add(entry(org, p, null, r));
      }
      for (Step s : p.steps()) {
        for (Risk r : s.risks()) {
          entries.add(entry(org, p, s, r));
        }
      }
    }
    List<RiskEntry> sorted =
        entries.stream()
            .sorted(
                Comparator.comparingInt((RiskEntry e) -> -e.risk().effective().value())
                    .thenComparingInt(e -> -e.risk().inherent().value()))
            .toList();
    List<Risk> risks = sorted.stream().map(RiskEntry::risk).toList();
    return new RiskRegister(
        sorted, org.riskThreshold(), HeatMap.before(risks), HeatMap.after(risks));
  }

  private static RiskEntry entry(Organization org, Process p, Step s, Risk r) {
    String owner = r.ownerRole().orElse(p.owner());
    return new RiskEntry(
        r,
        p.id(),
        p.title(),
        s == null ? "" : s.id(),
        s == null ? "" : s.title(),
        owner,
        org.aboveThreshold(r));
  }

  public List<RiskEntry> aboveThreshold() {
    return entries.stream().filter(RiskEntry::aboveThreshold).toList();
  }
}
