package org.flowbook.repository.transfer;

import java.util.List;
import org.flowbook.model.Problem;

/**
 * What an import did.
 *
 * @param imported the ids of the processes that got a new version
 * @param unchanged the ids whose text equalled the stored one (nothing stored)
 * @param problems the problems that kept files out (errors) or were accepted (warnings)
 */
public record ImportReport(List<String> imported, List<String> unchanged, List<Problem> problems) {
  public ImportReport {
    imported = List.copyOf(imported);
    unchanged = List.copyOf(unchanged);
    problems = List.copyOf(problems);
  }

  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }
}
