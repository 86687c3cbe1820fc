package org.flowbook.analysis.diff;

import java.util.List;

/**
 * A step added, removed or changed.
 *
 * @param oldId the step's number in the old version, or empty when added
 * @param newId the step's number in the new version, or empty when removed
 * @param title the new title (the old one for a removed step)
 * @param performer the new performer (the old one for a removed step)
 * @param fields what changed (empty for added and removed steps)
 */
public record StepChange(
    Kind kind,
    String oldId,
    String newId,
    String title,
    String performer,
    List<FieldChange> fields) {
  /** What happened to the step. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  public StepChange {
    fields = List.copyOf(fields);
  }

  /** The number to show: the new one, or the old one for a removed step. */
  public String id() {
    return newId.isEmpty() ? oldId : newId;
  }
}
