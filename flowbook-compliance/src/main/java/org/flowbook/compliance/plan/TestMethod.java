package org.flowbook.compliance.plan;

/**
 * How the internal control tests that a control works, chosen from what the control leaves behind
 * (docs/decisions/1106).
 */
public enum TestMethod {
  /** A sample of the evidence of a frequent control (per case, daily, weekly). */
  SAMPLE,
  /** A review of the evidence of a periodic control (monthly, quarterly, yearly). */
  REVIEW,
  /** A check of the system's setting and log, for an automatic control. */
  SYSTEM_CHECK,
  /** An interview and walk-through, for a control that leaves no stated evidence. */
  WALKTHROUGH,
  /** No control to test: the risk needs one. */
  NONE;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
