package org.flowbook.server.ack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.diff.DiffAnalyzer;
import org.flowbook.analysis.diff.FieldChange;
import org.flowbook.analysis.diff.StepChange;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * The steps a new version adds, removes or changes, from the analysis module's diff. A step that
 * was only renumbered (because another was inserted before it) is not a change for the people in
 * it, so a change whose only field is its number is left out.
 */
public final class ChangedSteps {
  private ChangedSteps() {}

  /**
   * One changed step with both of its versions.
   *
   * @param id the number in the new version (the old one for a removed step)
   */
  public record Change(
      String id,
      StepChange.Kind kind,
      Optional<Step> before,
      Optional<Step> after,
      List<FieldChange> fields) {}

  public static List<Change> between(Workspace workspace, Optional<Process> before, Process after) {
    List<Change> out = new ArrayList<>();
    if (before.isEmpty()) {
      for (Step s : after.workSteps()) {
        out.add(
            new Change(s.id(), StepChange.Kind.ADDED, Optional.empty(), Optional.of(s), List.of()));
      }
      return out;
    }
    for (StepChange c :
        new DiffAnalyzer(workspace).compare(before.get(), after, Optional.empty()).steps()) {
      List<FieldChange> fields =
          c.fields().stream().filter(f -> !f.field().equals("number")).toList();
      if (c.kind() == StepChange.Kind.CHANGED && fields.isEmpty()) {
        continue;
      }
      out.add(
          new Change(
              c.id(),
              c.kind(),
              c.oldId().isEmpty() ? Optional.empty() : before.get().step(c.oldId()),
              c.newId().isEmpty() ? Optional.empty() : after.step(c.newId()),
              fields));
    }
    return out;
  }
}
