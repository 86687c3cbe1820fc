package org.flowbook.simulation.engine;

import java.util.List;
import org.flowbook.simulation.stats.Histogram;

/**
 * The figures of one replication (one seeded run), measured over its window (after warm-up).
 *
 * @param stoppedEarly whether the run stopped at the open-case limit (queues growing without bound)
 * @param end the simulation time the run ended at, in seconds since the epoch
 * @param events events processed (a measure of the work done)
 * @param dailyOpenCases open cases of all processes, time-averaged per day from the first day
 *     (warm-up included; empty in case-count mode): the series warm-up detection reads
 */
public record ReplicationResult(
    List<ProcessFigures> processes,
    List<RoleFigures> roles,
    boolean stoppedEarly,
    double windowStart,
    double end,
    long events,
    double[] dailyOpenCases) {

  /**
   * @param started cases that arrived (in the whole run, warm-up included)
   * @param completed cases of those that ended
   * @param open cases still open at the end; {@code started == completed + open}
   * @param measured completed cases that started after warm-up (the cycle-time sample)
   * @param throughputPerWeek measured completions per week of the window
   * @param wip time-average of measured open cases over the window
   * @param stepQueueWait mean seconds each step waited for a person, NaN when no case got there
   */
  public record ProcessFigures(
      String id,
      long started,
      long completed,
      long open,
      long measured,
      double meanCycle,
      double medianCycle,
      double p90Cycle,
      double throughputPerWeek,
      double wip,
      double meanCost,
      double[] stepQueueWait,
      long[] stepVisits,
      Histogram cycles) {}

  /**
   * @param utilization work done over the people's open hours in the window (0..1)
   * @param weeklyUtilization the same per week from the epoch (warm-up included)
   * @param weeklyQueue time-average number of tasks waiting for a person, per week
   */
  public record RoleFigures(
      String name,
      double utilization,
      double meanQueue,
      int maxQueue,
      double[] weeklyUtilization,
      double[] weeklyQueue) {}
}
