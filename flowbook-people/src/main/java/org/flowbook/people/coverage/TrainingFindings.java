package org.flowbook.people.coverage;

import java.util.List;

/**
 * What the training records say about the stand-ins of a period.
 *
 * @param recordsRead whether training records were given at all; without them nobody can say who is
 *     trained, and the reports say so instead of listing everybody
 * @param untrained the stand-ins without a valid record, in step order
 */
public record TrainingFindings(boolean recordsRead, List<UntrainedStandIn> untrained) {
  /** No records were read: nothing is known. */
  public static final TrainingFindings NOT_READ = new TrainingFindings(false, List.of());

  public TrainingFindings {
    untrained = List.copyOf(untrained);
  }
}
