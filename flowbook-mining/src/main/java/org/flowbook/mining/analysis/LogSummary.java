package org.flowbook.mining.analysis;

import java.util.List;
import org.flowbook.mining.log.EventLog;

/**
 * The size of a log: cases, events, distinct activities and resources, and the time it spans.
 *
 * @param cases number of cases
 * @param events number of events
 * @param activities number of distinct activities
 * @param resources number of distinct resources
 * @param first epoch milliseconds of the earliest event
 * @param last epoch milliseconds of the latest event
 * @param lifecycles the lifecycle transitions that occur (lower case), empty when none is given
 */
public record LogSummary(
    int cases,
    int events,
    int activities,
    int resources,
    long first,
    long last,
    List<String> lifecycles) {

  public LogSummary {
    lifecycles = List.copyOf(lifecycles);
  }

  /** The time between the first and the last event, in milliseconds. */
  public long span() {
    return last - first;
  }

  public static LogSummary of(EventLog log) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    boolean[] lifecycleSeen = new boolean[log.lifecycleNames().size()];
    for (int e = 0; e < log.events(); e++) {
      long t = log.time(e);
      first = Math.min(first, t);
      last = Math.max(last, t);
      lifecycleSeen[log.lifecycle(e)] = true;
    }
    List<String> lifecycles = new java.util.ArrayList<>();
    for (int i = 1; i < lifecycleSeen.length; i++) {
      if (lifecycleSeen[i]) {
        lifecycles.add(log.lifecycleNames().get(i));
      }
    }
    return new LogSummary(
        log.cases(),
        log.events(),
        log.activityNames().size(),
        log.resourceNames().size(),
        log.events() == 0 ? 0 : first,
        log.events() == 0 ? 0 : last,
        lifecycles);
  }
}
