package org.flowbook.server.training;

import java.util.List;
import java.util.Optional;
import org.flowbook.model.Workspace;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.StandInTraining;
import org.flowbook.repository.Library;
import org.flowbook.server.view.TrainingRecordSource;
import org.flowbook.training.record.TrainingRecord;

/**
 * The coverage page's training records once the library stores sign-offs (the training pages): the
 * stand-ins are judged against the stored sign-offs and the library's published history, the same
 * records and versions the training matrix uses, so a sign-off made on the web shows on the
 * coverage page at once. A library without any sign-off falls back to {@code fallback} (the demo
 * folder's {@code utbildning.csv}, or none), so that a library whose training is kept outside still
 * gets its stand-ins checked, and one with no records at all says the check was not made.
 */
public final class StoredTrainingRecords implements TrainingRecordSource {
  private final Library library;
  private final TrainingRecordSource fallback;

  public StoredTrainingRecords(Library library, TrainingRecordSource fallback) {
    this.library = library;
    this.fallback = fallback;
  }

  @Override
  public Optional<List<TrainingRecord>> records() {
    List<TrainingRecord> stored = new LibraryTraining(library).records();
    return stored.isEmpty() ? fallback.records() : Optional.of(stored);
  }

  @Override
  public CoverageReport check(CoverageReport report, Workspace workspace) {
    LibraryTraining training = new LibraryTraining(library);
    List<TrainingRecord> stored = training.records();
    if (stored.isEmpty()) {
      return fallback.check(report, workspace);
    }
    // Stored records name the library's version numbers, so they are judged against its history.
    LibraryTraining.Snapshot s = training.snapshot(stored);
    return report.withTraining(
        new StandInTraining(s.workspace(), s.versions(), s.records()).findings(report));
  }
}
