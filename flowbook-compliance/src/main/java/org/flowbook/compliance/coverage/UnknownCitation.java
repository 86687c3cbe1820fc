package org.flowbook.compliance.coverage;

import java.util.Objects;

/** A control that cites a requirement no declared regulation has ("BFL 9:9"). */
public record UnknownCitation(String citation, String control, StepUse step) {
  public UnknownCitation {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(step, "step");
  }
}
