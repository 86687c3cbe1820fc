package org.flowbook.repository.process;

import java.util.List;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessDocument;

/**
 * A process text parsed and validated against the library's organization and processes.
 *
 * @param canonical the canonical formatting of the text, or empty when it could not be read
 */
public record CheckedText(ProcessDocument document, String canonical, List<Problem> problems) {
  public CheckedText {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public boolean hasProcess() {
    return document.hasProcess();
  }

  public Process process() {
    return document.process();
  }
}
