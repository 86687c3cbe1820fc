package org.flowbook.compliance.risk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flowbook.model.Risk;

/**
 * One risk of the register with where it is written: a process as a whole, or one of its steps.
 *
 * @param stepId the step it is written under, or empty for a process-level risk
 * @param owner the role that owns it: the risk's own owner, else the process owner, else empty
 * @param aboveThreshold whether its effective value is above the organization's threshold
 */
public record RiskEntry(
    Risk risk,
    String processId,
    String processTitle,
    String stepId,
    String stepTitle,
    String owner,
    boolean aboveThreshold) {
  public RiskEntry {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(processId, "processId");
    Objects.requireNonNull(processTitle, "processTitle");
    stepId = stepId == null ? "" : stepId;
    stepTitle = stepTitle == null ? "" : stepTitle;
    owner = owner == null ? "" : owner;
  }

  public Optional<String> step() {
    return stepId.isEmpty() ? Optional.empty() : Optional.of(stepId);
  }

  /** "Leverantörsfakturor" or "Leverantörsfakturor 2. Attestera". */
  public String where() {
    return stepId.isEmpty() ? processTitle : processTitle + " " + stepId + ". " + stepTitle;
  }

  public List<String> controls() {
    return risk.controls();
  }

  /** A risk no control mitigates. */
  public boolean uncontrolled() {
    return risk.controls().isEmpty();
  }
}
