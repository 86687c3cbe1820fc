package org.flowbook.mining.conformance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowbook.mining.analysis.DurationStats;
import org.flowbook.mining.log.EventLog;

/**
 * The waiting time before each documented step: for every event that stands for the step, the time
 * since the previous event of the same case — the definition the bottleneck report uses for an
 * activity, summed over the activities mapped to the step. The first event of a case has no waiting
 * time.
 */
public final class StepWaits {
  private StepWaits() {}

  /** Waiting-time statistics by step id, for the steps with at least one measured wait. */
  public static Map<String, DurationStats> of(EventLog log, ActivitySteps steps) {
    if (steps.activities() != log.activityNames().size()) {
      throw new IllegalArgumentException(
          "the mapping covers "
              + steps.activities()
              + " activities, the log has "
              + log.activityNames().size());
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    int[] stepOfActivity = new int[steps.activities()];
    for (int a = 0; a < stepOfActivity.length; a++) {
      stepOfActivity[a] =
          steps.isMapped(a) ? index.computeIfAbsent(steps.step(a), s -> index.size()) : -1;
    }
    // Two passes over the columns: count per step, then fill one array cut into ranges.
    int[] offset = new int[index.size() + 1];
    for (int c = 0; c < log.cases(); c++) {
      for (int e = log.start(c) + 1; e < log.end(c); e++) {
        int s = stepOfActivity[log.activity(e)];
        if (s >= 0) {
          offset[s + 1]++;
        }
      }
    }
    for (int s = 0; s < index.size(); s++) {
      offset[s + 1] += offset[s];
    }
    long[] waits = new long[offset[index.size()]];
    int[] fill = Arrays.copyOf(offset, index.size());
    for (int c = 0; c < log.cases(); c++) {
      for (int e = log.start(c) + 1; e < log.end(c); e++) {
        int s = stepOfActivity[log.activity(e)];
        if (s >= 0) {
          waits[fill[s]++] = log.time(e) - log.time(e - 1);
        }
      }
    }
    Map<String, DurationStats> out = new LinkedHashMap<>();
    index.forEach(
        (step, s) -> {
          if (offset[s + 1] > offset[s]) {
            out.put(step, DurationStats.ofRange(waits, offset[s], offset[s + 1]));
          }
        });
    return out;
  }
}
