package org.flowbook.simulation.engine;

import java.time.LocalDate;

/**
 * The clock of one run: the epoch (a Monday, time 0), when arrivals start and stop, when measuring
 * starts (after warm-up) and when the run ends.
 *
 * @param caseMode whether the run ends when every case has ended (a fixed number of cases) rather
 *     than at {@code endSeconds}
 * @param openCaseLimit stop when more cases than this are open at once: queues grow without bound
 * @param maxCallDepth calls nested deeper than this are skipped (a guard against call cycles)
 */
public record RunSettings(
    LocalDate epoch,
    double startSeconds,
    double measureFrom,
    double arrivalsUntil,
    double endSeconds,
    boolean caseMode,
    long openCaseLimit,
    int maxCallDepth) {

  public static final long DEFAULT_OPEN_CASE_LIMIT = 200_000;
}
