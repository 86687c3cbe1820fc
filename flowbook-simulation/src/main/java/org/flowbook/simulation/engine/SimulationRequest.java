package org.flowbook.simulation.engine;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What to run: the period (both days included), warm-up, replications and seed.
 *
 * @param cases when above 0, start this many cases per process with arrivals and run until all have
 *     ended (Prosimos' way), instead of a period
 * @param openCaseLimit stop a replication with more open cases than this (queues without bound)
 */
public record SimulationRequest(
    LocalDate from,
    LocalDate to,
    Duration warmUp,
    int replications,
    long seed,
    long cases,
    long openCaseLimit) {
  public static final int DEFAULT_REPLICATIONS = 30;

  public SimulationRequest {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
    if (replications < 1 || replications > 10_000) {
      throw new IllegalArgumentException("replications must be between 1 and 10000");
    }
    if (warmUp.isNegative()) {
      throw new IllegalArgumentException("the warm-up must not be negative");
    }
    if (openCaseLimit < 1) {
      throw new IllegalArgumentException("the open-case limit must be at least 1");
    }
  }

  /** The Monday on or before the first day: time 0 of the simulation clock. */
  public LocalDate epoch() {
    return from.minusDays(from.getDayOfWeek().getValue() - 1L);
  }

  /** Seconds from the epoch to the first day. */
  public double settingsStartSeconds() {
    return (from.toEpochDay() - epoch().toEpochDay()) * 86400.0;
  }

  RunSettings settings() {
    double start = (from.toEpochDay() - epoch().toEpochDay()) * 86400.0;
    double measure = start + warmUp.getSeconds();
    if (cases > 0) {
      return new RunSettings(
          epoch(),
          start,
          measure,
          Double.MAX_VALUE,
          start + 20 * 366 * 86400.0,
          true,
          openCaseLimit,
          20);
    }
    double end = (to.toEpochDay() + 1 - epoch().toEpochDay()) * 86400.0;
    return new RunSettings(
        epoch(), start, Math.min(measure, end), end, end, false, openCaseLimit, 20);
  }
}
