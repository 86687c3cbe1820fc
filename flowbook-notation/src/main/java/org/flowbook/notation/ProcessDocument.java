package org.flowbook.notation;

import java.util.List;
import java.util.Set;
import org.flowbook.model.Locator;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;

/**
 * A parsed process file: the model, plus what the notation keeps beside it (comments, which header
 * fields were written, where each part stands) and the syntax problems found. The process is null
 * only when nothing usable could be read (empty or binary file).
 */
public record ProcessDocument(
    Process process,
    Comments comments,
    Set<Keyword> declared,
    Locator locator,
    List<Problem> problems,
    SourceText source) {

  public ProcessDocument {
    declared = Set.copyOf(declared);
    problems = List.copyOf(problems);
  }

  public boolean hasProcess() {
    return process != null;
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
