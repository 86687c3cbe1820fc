package org.flowbook.training.record;

import java.util.List;
import org.flowbook.model.Problem;

/** Records read from a file and what was wrong; with any error there are no records. */
public record RecordImport(List<TrainingRecord> records, List<Problem> problems) {
  public RecordImport {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** Nothing is half-imported: with an error the records are dropped and only problems remain. */
  public static RecordImport allOrNothing(List<TrainingRecord> records, List<Problem> problems) {
    boolean error = problems.stream().anyMatch(Problem::isError);
    return new RecordImport(error ? List.of() : records, problems);
  }
}
