package org.flowbook.repository.process;

import java.time.Instant;
import org.flowbook.model.Status;

/**
 * What the library knows about one saved version of a process, without its text.
 *
 * @param note the author's comment on the change
 * @param decidedBy who last moved it out of review (approved or sent back), or empty
 */
public record VersionInfo(
    String processId,
    int version,
    String title,
    Status status,
    String author,
    String note,
    Instant createdAt,
    String decidedBy,
    Instant decidedAt) {

  public VersionInfo {
    decidedBy = decidedBy == null ? "" : decidedBy;
  }
}
