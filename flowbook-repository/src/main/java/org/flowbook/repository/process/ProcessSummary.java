package org.flowbook.repository.process;

import java.time.LocalDate;
import java.util.Optional;
import org.flowbook.model.Status;

/**
 * A process of the library as lists show it.
 *
 * @param latestStatus the status of the newest version
 * @param publishedVersion the version readers see, or null when none is published
 * @param review the next review date of the published version, or null
 */
public record ProcessSummary(
    String id,
    String title,
    String owner,
    String group,
    int latestVersion,
    Status latestStatus,
    String latestAuthor,
    Integer publishedVersion,
    LocalDate review) {

  public Optional<Integer> published() {
    return Optional.ofNullable(publishedVersion);
  }

  /** The version a reader sees: the published one, else the newest. */
  public int currentVersion() {
    return publishedVersion != null ? publishedVersion : latestVersion;
  }

  /**
   * This summary as a reader knows it: the published version is the newest they can see, so a newer
   * draft's number, status and author do not show. Empty when nothing is published.
   */
  public Optional<ProcessSummary> asPublished() {
    if (publishedVersion == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ProcessSummary(
            id,
            title,
            owner,
            group,
            publishedVersion,
            Status.PUBLISHED,
            "",
            publishedVersion,
            review));
  }

  public boolean overdue(LocalDate today) {
    return publishedVersion != null && review != null && review.isBefore(today);
  }
}
