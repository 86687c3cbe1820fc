package org.flowbook.training.impact;

import java.util.List;
import org.flowbook.training.change.StepDelta;

/**
 * "What changed for you": the changed steps in which one person's roles have a part, each with both
 * versions of the step and the fields that differ.
 *
 * @param roles the person's roles that have a part in those steps
 */
public record PersonalChange(
    String person, String processId, List<String> roles, List<StepDelta> steps) {
  public PersonalChange {
    roles = List.copyOf(roles);
    steps = List.copyOf(steps);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }
}
