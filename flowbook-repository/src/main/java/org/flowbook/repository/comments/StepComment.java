package org.flowbook.repository.comments;

import java.time.Instant;

/**
 * A comment on one step of a process, as written: on which version, at which step (its number and
 * title then), by whom, and whether someone resolved it.
 *
 * @param version the version the comment was written on
 * @param stepId the step's number in that version
 * @param stepTitle the step's title in that version (finds the step again after renumbering)
 * @param resolvedBy who resolved it, or empty while it is open
 * @param resolvedAt when, or null while open
 */
public record StepComment(
    long id,
    String processId,
    int version,
    String stepId,
    String stepTitle,
    String body,
    String author,
    Instant createdAt,
    String resolvedBy,
    Instant resolvedAt) {

  public StepComment {
    resolvedBy = resolvedBy == null ? "" : resolvedBy;
  }

  public boolean isOpen() {
    return resolvedAt == null;
  }
}
