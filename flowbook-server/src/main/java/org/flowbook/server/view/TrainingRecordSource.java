package org.flowbook.server.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.flowbook.model.Workspace;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.StandInTraining;
import org.flowbook.training.record.RecordImport;
import org.flowbook.training.record.TrainingCsv;
import org.flowbook.training.record.TrainingRecord;

/**
 * Where the coverage page gets the training records it checks the stand-ins against. Empty means
 * "none known": the page then says the stand-ins' training is not checked, instead of calling
 * everybody untrained. The server uses the sign-offs stored in the library once there are any
 * ({@code server.training.StoredTrainingRecords}), else the records of the workspace folder it was
 * started with ({@code utbildning.csv} / {@code training.csv}).
 */
@FunctionalInterface
public interface TrainingRecordSource {
  /** No training records are known. */
  TrainingRecordSource NONE = Optional::empty;

  Optional<List<TrainingRecord>> records();

  /** The report with its stand-ins judged against these records (unchanged when there are none). */
  default CoverageReport check(CoverageReport report, Workspace workspace) {
    return records().map(r -> StandInTraining.check(report, workspace, r)).orElse(report);
  }

  /**
   * The records of a workspace folder's {@code utbildning.csv} or {@code training.csv}, read once.
   */
  static TrainingRecordSource folder(Path dir) {
    for (String name : List.of("utbildning.csv", "training.csv")) {
      Path f = dir.resolve(name);
      if (Files.isRegularFile(f)) {
        try {
          RecordImport r = TrainingCsv.read(f, name);
          Optional<List<TrainingRecord>> records =
              r.hasErrors() ? Optional.empty() : Optional.of(r.records());
          return () -> records;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
      }
    }
    return NONE;
  }
}
