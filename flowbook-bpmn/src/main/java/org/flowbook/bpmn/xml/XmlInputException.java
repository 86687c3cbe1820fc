package org.flowbook.bpmn.xml;

import org.flowbook.model.Problem;

/** Why an XML input was refused: malformed, hostile or too large; carries a located problem. */
public final class XmlInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public XmlInputException(Problem problem) {
    super(problem.headline());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
