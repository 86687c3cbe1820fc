package org.flowbook.people.coverage;

/** The unit a coverage report is given in. */
public enum Granularity {
  /** Each working day. */
  DAY,
  /** Each ISO week (Monday to Sunday), cut to the period. */
  WEEK
}
