package org.flowbook.compliance.plan;

import java.util.Objects;
import java.util.Optional;
import org.flowbook.compliance.risk.RiskEntry;
import org.flowbook.model.ControlFrequency;

/**
 * One row of the internal-control plan: a risk above the threshold and one control to test for it
 * (or none, when the risk has no control).
 *
 * @param control the control's name, or empty when the risk has none
 * @param description what the control does, when declared
 * @param declared whether the control is declared in the organization or performed in a step
 * @param responsible the role that performs the control and answers for the test (Ansvarig)
 * @param frequency how often the control runs, or null when not known
 * @param evidence what the control leaves behind, or empty
 * @param reportedTo who receives the result (Rapporteras till)
 */
public record PlanRow(
    RiskEntry risk,
    String control,
    String description,
    boolean declared,
    String responsible,
    ControlFrequency frequency,
    String evidence,
    Timing timing,
    String reportedTo,
    TestMethod method) {
  public PlanRow {
    Objects.requireNonNull(risk, "risk");
    control = control == null ? "" : control;
    description = description == null ? "" : description;
    responsible = responsible == null ? "" : responsible;
    evidence = evidence == null ? "" : evidence;
    Objects.requireNonNull(timing, "timing");
    reportedTo = reportedTo == null ? "" : reportedTo;
    Objects.requireNonNull(method, "method");
  }

  /** A risk above the threshold that no control mitigates. */
  public boolean isGap() {
    return control.isEmpty();
  }

  public Optional<ControlFrequency> frequencyKnown() {
    return Optional.ofNullable(frequency);
  }
}
