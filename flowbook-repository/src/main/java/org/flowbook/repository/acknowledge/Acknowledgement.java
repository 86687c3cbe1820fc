package org.flowbook.repository.acknowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One person's task to confirm they read a publication.
 *
 * @param steps the numbers of the changed steps their roles have a part in
 * @param acknowledgedAt when they confirmed, or null while open
 * @param acknowledgedBy the account that confirmed, or empty
 * @param due when it is due, or null
 */
public record Acknowledgement(
    String processId,
    int version,
    String personKey,
    String personName,
    String email,
    List<String> roles,
    List<String> steps,
    LocalDate due,
    Instant acknowledgedAt,
    String acknowledgedBy) {

  public Acknowledgement {
    roles = List.copyOf(roles);
    steps = List.copyOf(steps);
    acknowledgedBy = acknowledgedBy == null ? "" : acknowledgedBy;
  }

  public boolean isDone() {
    return acknowledgedAt != null;
  }

  public boolean overdue(LocalDate today) {
    return !isDone() && due != null && today.isAfter(due);
  }
}
