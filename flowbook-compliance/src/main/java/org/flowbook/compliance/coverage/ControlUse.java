package org.flowbook.compliance.coverage;

import java.util.List;
import java.util.Objects;

/**
 * A control that cites a requirement and the steps that perform it; a control declared in the
 * organization but performed in no step has no steps, and covers nothing yet.
 */
public record ControlUse(String control, List<StepUse> steps) {
  public ControlUse {
    Objects.requireNonNull(control, "control");
    steps = List.copyOf(steps);
  }

  public boolean isPerformed() {
    return !steps.isEmpty();
  }
}
