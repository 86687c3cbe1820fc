package org.flowbook.simulation.calendar;

/**
 * Time that counts only while something is open, on the simulation clock (seconds since the epoch):
 * a role's working hours ({@link WorkCalendar}) or when cases arrive ({@link ArrivalClock}).
 */
public interface OpenTime {
  /** The time at which {@code amount} of open time has passed, starting at {@code t}. */
  double advance(double t, double amount);

  /** The first open moment at or after {@code t}. */
  double nextOpen(double t);

  /** The open time between the epoch and {@code t}. */
  double workingBefore(double t);
}
