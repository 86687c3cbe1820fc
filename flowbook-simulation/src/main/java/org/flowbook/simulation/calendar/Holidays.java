package org.flowbook.simulation.calendar;

import java.time.LocalDate;

/**
 * Which dates are days off for everyone. The people model (issue 13) computes the same Swedish
 * holidays for coverage; when it lands, one of the two copies should go.
 */
public interface Holidays {
  /** No days off: every date is an ordinary day of its weekday. */
  Holidays NONE = date -> false;

  boolean isHoliday(LocalDate date);
}
