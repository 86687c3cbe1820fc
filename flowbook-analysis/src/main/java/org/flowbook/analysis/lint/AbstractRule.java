package org.flowbook.analysis.lint;

import org.flowbook.model.Problem;
import org.flowbook.model.Severity;
import org.flowbook.model.SourceLocation;

/**
 * A rule with a fixed code and severity whose findings say the rule's texts: the message under its
 * code and the hint under {@code code.hint}, in the context's language.
 */
abstract class AbstractRule implements Rule {
  private final String code;
  private final Severity severity;

  AbstractRule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  /**
   * A finding of this rule.
   *
   * @param step the step it concerns, or null
   * @param args what fills the message
   * @param hintArgs what fills the hint
   */
  final Problem finding(
      LintContext c, SourceLocation at, String step, Object[] args, Object... hintArgs) {
    return LintContext.problem(
        severity, code, c.text(code, args), c.text(code + ".hint", hintArgs), at, step);
  }
}
