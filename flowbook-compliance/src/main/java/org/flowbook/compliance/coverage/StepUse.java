package org.flowbook.compliance.coverage;

import java.util.Objects;
import org.flowbook.model.SourceLocation;

/** A step that performs a control: where in which process, to link and to cite it. */
public record StepUse(
    String processId, String processTitle, String stepId, String stepTitle, SourceLocation at) {
  public StepUse {
    Objects.requireNonNull(processId, "processId");
    Objects.requireNonNull(processTitle, "processTitle");
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(stepTitle, "stepTitle");
    at = at == null ? SourceLocation.UNKNOWN : at;
  }

  /** "Inköp 2. Granska anmodan". */
  public String label() {
    return processTitle + " " + stepId + ". " + stepTitle;
  }
}
