package org.flowbook.compliance.gdpr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * The record of processing activities (GDPR Art. 30) as a view of the processes: exactly the
 * processes with a step that touches declared personal data ({@link PersonalDataUse}), in landscape
 * order.
 */
public record ProcessingRecord(List<ProcessingActivity> activities) {
  public ProcessingRecord {
    activities = List.copyOf(activities);
  }

  public static ProcessingRecord of(Workspace workspace) {
    Organization org = workspace.organization();
    List<ProcessingActivity> out = new ArrayList<>();
    for (Process p : workspace.inLandscapeOrder()) {
      Set<String> purposes = new LinkedHashSet<>();
      Set<String> categories = new LinkedHashSet<>();
      Set<String> roles = new LinkedHashSet<>();
      Set<String> systems = new LinkedHashSet<>();
      Set<String> retention = new LinkedHashSet<>();
      Set<String> bases = new LinkedHashSet<>();
      Set<String> carriers = new LinkedHashSet<>();
      List<String> steps = new ArrayList<>();
      for (Step s : p.steps()) {
        List<Carrier> cs = PersonalDataUse.carriers(org, s);
        if (cs.isEmpty()) {
          continue;
        }
        steps.add(s.id());
        if (!s.performer().isEmpty()) {
          roles.add(s.performer());
        }
        for (String sys : s.task().systems()) {
          systems.add(org.system(sys).map(x -> x.name()).orElse(sys));
        }
        for (Carrier c : cs) {
          carriers.add(c.name());
          categories.addAll(c.data().categories());
          if (!c.data().purpose().isEmpty()) {
            purposes.add(c.data().purpose());
          }
          if (!c.data().retention().isEmpty()) {
            retention.add(c.name() + ": " + c.data().retention());
          }
          if (!c.data().legalBasis().isEmpty()) {
            bases.add(c.data().legalBasis());
          }
        }
      }
      if (steps.isEmpty()) {
        continue;
      }
      if (purposes.isEmpty() && !p.purpose().isEmpty()) {
        purposes.add(p.purpose());
      }
      out.add(
          new ProcessingActivity(
              p.id(),
              p.title(),
              p.owner(),
              List.copyOf(purposes),
              List.copyOf(categories),
              List.copyOf(roles),
              List.copyOf(systems),
              List.copyOf(retention),
              List.copyOf(bases),
              List.copyOf(carriers),
              steps));
    }
    return new ProcessingRecord(out);
  }
}
