package org.flowbook.mining.log;

import java.util.List;
import org.flowbook.model.Problem;

/**
 * The log could not be imported (unreadable file, forbidden XML, a limit exceeded, or a bad row in
 * strict mode); carries the problems to print, the fatal one last.
 */
public final class LogImportException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public LogImportException(Problem fatal) {
    this(List.of(fatal));
  }

  public LogImportException(List<Problem> problems) {
    super(problems.get(problems.size() - 1).headline());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The problem that stopped the import. */
  public Problem problem() {
    return problems.get(problems.size() - 1);
  }
}
