package org.flowbook.analysis.lint;

import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;

/**
 * Where an instruction of a step was written. The notation knows the exact line; a model without
 * sources falls back to the step.
 */
@FunctionalInterface
public interface InstructionLocator {
  SourceLocation locate(Process process, String stepId, int index);

  /** Points at the step itself. */
  InstructionLocator STEP =
      (process, stepId, index) -> process.step(stepId).map(s -> s.at()).orElse(process.at());
}
