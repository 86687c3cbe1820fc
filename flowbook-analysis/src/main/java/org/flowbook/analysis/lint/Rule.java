package org.flowbook.analysis.lint;

import java.util.List;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Severity;

/**
 * One documentation check: a stable code, a severity, and what it finds in one process or across
 * the workspace. Every rule is documented in docs/analysis.md with a bad and a good example.
 */
public interface Rule {
  String code();

  Severity severity();

  /** Findings in one process. */
  default List<Problem> check(Process process, LintContext context) {
    return List.of();
  }

  /** Findings that concern the workspace as a whole (roles, regulations). */
  default List<Problem> checkWorkspace(LintContext context) {
    return List.of();
  }
}
