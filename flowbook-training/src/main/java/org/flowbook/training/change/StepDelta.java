package org.flowbook.training.change;

import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.diff.FieldChange;
import org.flowbook.analysis.diff.StepChange;
import org.flowbook.model.Step;

/**
 * One step that differs between two versions, with both sides, for "what changed for you".
 *
 * @param before the step in the old version; empty when it was added
 * @param after the step in the new version; empty when it was removed
 * @param fields the fields that differ, before and after as text (empty for added and removed
 *     steps); a renumbering alone is not listed
 */
public record StepDelta(
    StepChange.Kind kind, Optional<Step> before, Optional<Step> after, List<FieldChange> fields) {
  public StepDelta {
    fields = List.copyOf(fields);
  }

  /** The old id, or empty when added. */
  public String oldId() {
    return before.map(Step::id).orElse("");
  }

  /** The new id, or empty when removed. */
  public String newId() {
    return after.map(Step::id).orElse("");
  }

  /** The id people know the step by now: the new id, or the old one for a removed step. */
  public String id() {
    return after.or(() -> before).map(Step::id).orElse("");
  }

  /** The new title, or the old one for a removed step. */
  public String title() {
    return after.or(() -> before).map(Step::title).orElse("");
  }

  /** Whether the role performs (R) the step in either version. */
  public boolean performedBy(String role) {
    return before.map(s -> s.performer().equalsIgnoreCase(role)).orElse(false)
        || after.map(s -> s.performer().equalsIgnoreCase(role)).orElse(false);
  }

  /** Whether the role has any RACI part in the step in either version. */
  public boolean involves(String role) {
    return before.map(s -> names(s, role)).orElse(false)
        || after.map(s -> names(s, role)).orElse(false);
  }

  private static boolean names(Step s, String role) {
    return s.task().roles().stream().anyMatch(r -> r.equalsIgnoreCase(role));
  }
}
