package org.flowbook.model;

/**
 * Tells a validator where a part of a process was written, so that a problem points at the exact
 * word. The notation parser knows every position; other sources fall back to the step.
 */
@FunctionalInterface
public interface Locator {

  /** The parts of a step a problem can point at. */
  enum Part {
    STEP,
    PERFORMER,
    ACCOUNTABLE,
    CONSULTED,
    INFORMED,
    SYSTEM,
    INPUT,
    OUTPUT,
    CONTROL,
    FLOW,
    CALL,
    ATTACHED_TO,
    DEPUTY,
    HEADER
  }

  /**
   * Where the {@code index}-th value of {@code part} of step {@code stepId} was written; for {@link
   * Part#HEADER} the step id is the header key ("owner", "part of").
   */
  SourceLocation locate(String stepId, Part part, int index);

  /** A locator that knows only what the records carry. */
  static Locator of(Process process) {
    return (stepId, part, index) -> {
      if (part == Part.FLOW) {
        var flows = process.outgoing(stepId);
        if (index < flows.size() && flows.get(index).at().known()) {
          return flows.get(index).at();
        }
      }
      return process.step(stepId).map(Step::at).orElse(process.at());
    };
  }
}
