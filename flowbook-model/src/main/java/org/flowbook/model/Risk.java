package org.flowbook.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that can go wrong in a step or a whole process, how it was assessed before and after
 * its controls, who owns it, and the controls that mitigate it.
 *
 * @param inherent the assessment without controls
 * @param residual the assessment after the controls, or null when not stated
 * @param owner the role that owns the risk, or null when not stated
 * @param controls the names of the controls that mitigate it (declared or written inline)
 */
public record Risk(
    String name,
    String description,
    RiskScore inherent,
    RiskScore residual,
    String owner,
    List<String> controls,
    SourceLocation at) {

  public Risk {
    name = Checks.text(name, "risk name");
    description = Checks.optional(description);
    inherent = Objects.requireNonNull(inherent, "the likelihood and consequence of risk " + name);
    owner = owner == null || owner.isBlank() ? null : owner.strip();
    controls = Checks.list(controls).stream().map(String::strip).toList();
    at = Checks.at(at);
  }

  public Optional<RiskScore> residualScore() {
    return Optional.ofNullable(residual);
  }

  public Optional<String> ownerRole() {
    return Optional.ofNullable(owner);
  }

  /** The assessment that counts: after the controls when stated, else before them. */
  public RiskScore effective() {
    return residual != null ? residual : inherent;
  }

  /** True when its effective value is above the organization's threshold. */
  public boolean above(int threshold) {
    return effective().value() > threshold;
  }
}
