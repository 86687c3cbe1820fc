package org.flowbook.mining.log;

import java.util.List;
import java.util.Objects;
import org.flowbook.model.Problem;

/**
 * An imported log and what was wrong with its input.
 *
 * @param log the events that could be read
 * @param problems skipped rows or events (the first few in full, then one summary), warnings
 * @param skipped how many rows or events were skipped in all
 */
public record ImportResult(EventLog log, List<Problem> problems, long skipped) {
  public ImportResult {
    Objects.requireNonNull(log, "log");
    problems = List.copyOf(problems);
  }
}
