package org.flowbook.compliance.plan;

/** When in the plan's year a control is tested. */
public enum Timing {
  /** Each quarter: controls that run at least quarterly (per case … quarterly). */
  EACH_QUARTER,
  /** Once, in the last quarter: yearly controls, or when the frequency is not stated. */
  ONCE_Q4,
  /** At once: a control is missing and must be put in place. */
  NOW;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
