package org.flowbook.diagram.layout;

import java.util.List;
import org.flowbook.model.Problem;

/** A process over the {@link LayoutLimits}: nothing was laid out; the problems say why. */
public final class TooLargeToDraw extends RuntimeException {
  private final transient List<Problem> problems;

  public TooLargeToDraw(List<Problem> problems) {
    super(problems.isEmpty() ? "too large to draw" : problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
