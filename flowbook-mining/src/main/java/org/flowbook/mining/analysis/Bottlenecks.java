package org.flowbook.mining.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flowbook.mining.log.EventLog;

/**
 * Where the time goes: transitions and activities ranked by total waiting time (where most
 * case-time is spent overall) and by mean waiting time (where a single case waits longest).
 *
 * <p>The waiting time of a transition a → b is ts(b) − ts(a) of consecutive events (the performance
 * DFG); the waiting time of an activity is the time since the previous event of the same case,
 * summed over all its incoming transitions.
 *
 * @param transitionsByTotal transitions, largest total first
 * @param transitionsByMean transitions, largest mean first
 * @param activitiesByTotal activities, largest total first
 * @param activitiesByMean activities, largest mean first
 */
public record Bottlenecks(
    List<Bottleneck> transitionsByTotal,
    List<Bottleneck> transitionsByMean,
    List<Bottleneck> activitiesByTotal,
    List<Bottleneck> activitiesByMean) {

  public Bottlenecks {
    transitionsByTotal = List.copyOf(transitionsByTotal);
    transitionsByMean = List.copyOf(transitionsByMean);
    activitiesByTotal = List.copyOf(activitiesByTotal);
    activitiesByMean = List.copyOf(activitiesByMean);
  }

  private static final Comparator<Bottleneck> BY_TOTAL =
      Comparator.comparingLong((Bottleneck b) -> b.waiting().total())
          .reversed()
          .thenComparing(Bottleneck::from)
          .thenComparing(Bottleneck::to);
  private static final Comparator<Bottleneck> BY_MEAN =
      Comparator.comparingDouble((Bottleneck b) -> b.waiting().mean())
          .reversed()
          .thenComparing(Bottleneck::from)
          .thenComparing(Bottleneck::to);

  /** The {@code limit} worst of each ranking. */
  public static Bottlenecks of(EventLog log, DirectlyFollowsGraph dfg, int limit) {
    List<Bottleneck> transitions = new ArrayList<>();
    for (DfgEdge e : dfg.edges()) {
      transitions.add(new Bottleneck(e.from(), e.to(), e.waiting()));
    }
    List<Bottleneck> activities = activityWaits(log);
    return new Bottlenecks(
        top(transitions, BY_TOTAL, limit),
        top(transitions, BY_MEAN, limit),
        top(activities, BY_TOTAL, limit),
        top(activities, BY_MEAN, limit));
  }

  private static List<Bottleneck> top(List<Bottleneck> all, Comparator<Bottleneck> by, int n) {
    return all.stream().sorted(by).limit(n).toList();
  }

  private static List<Bottleneck> activityWaits(EventLog log) {
    int acts = log.activityNames().size();
    int[] offset = new int[acts + 1];
    for (int c = 0; c < log.cases(); c++) {
      for (int i = log.start(c) + 1; i < log.end(c); i++) {
        offset[log.activity(i) + 1]++;
      }
    }
    for (int a = 0; a < acts; a++) {
      offset[a + 1] += offset[a];
    }
    long[] waits = new long[offset[acts]];
    int[] fill = java.util.Arrays.copyOf(offset, acts);
    for (int c = 0; c < log.cases(); c++) {
      for (int i = log.start(c) + 1; i < log.end(c); i++) {
        waits[fill[log.activity(i)]++] = log.time(i) - log.time(i - 1);
      }
    }
    List<Bottleneck> list = new ArrayList<>();
    for (int a = 0; a < acts; a++) {
      if (offset[a + 1] > offset[a]) {
        list.add(
            new Bottleneck(
                "", log.activityName(a), DurationStats.ofRange(waits, offset[a], offset[a + 1])));
      }
    }
    return list;
  }
}
