package org.flowbook.mining.log;

import java.io.IOException;
import org.flowbook.model.Problem;

/**
 * An I/O failure that already knows how to explain itself (truncated gzip, a limit exceeded); it is
 * an {@link IOException} so that it passes through parsers unchanged.
 */
public final class InputProblem extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public InputProblem(Problem problem) {
    super(problem.message());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  /** The first {@code InputProblem} in the cause chain of {@code t}, if any. */
  public static java.util.Optional<InputProblem> in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InputProblem p) {
        return java.util.Optional.of(p);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return java.util.Optional.empty();
  }
}
