package org.flowbook.training.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flowbook.training.record.TrainingRecord;

/**
 * One person × process cell of the matrix.
 *
 * @param record the newest record that decided the status, if any
 * @param expires the last valid day of that record, or null when it does not expire
 * @param changedSteps for a stale cell, the titles of the changed steps the person's roles perform
 * @param unknownVersion true when the record names a version Flowbook does not know (then stale)
 */
public record Cell(
    TrainingStatus status,
    Optional<TrainingRecord> record,
    LocalDate expires,
    List<String> changedSteps,
    boolean unknownVersion) {
  public static final Cell NOT_REQUIRED =
      new Cell(TrainingStatus.NOT_REQUIRED, Optional.empty(), null, List.of(), false);
  public static final Cell MISSING =
      new Cell(TrainingStatus.MISSING, Optional.empty(), null, List.of(), false);

  public Cell {
    changedSteps = List.copyOf(changedSteps);
  }
}
