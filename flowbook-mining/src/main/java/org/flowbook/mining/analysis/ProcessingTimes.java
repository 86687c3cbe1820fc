package org.flowbook.mining.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flowbook.mining.log.EventLog;

/**
 * Processing times per activity from lifecycle transitions: each {@code complete} of an activity is
 * paired with the earliest still open {@code start} of the same activity in the same case (first
 * in, first out). Empty when the log does not record both transitions. Together with the waiting
 * times this separates "work takes long" from "work waits long".
 */
public final class ProcessingTimes {
  private ProcessingTimes() {}

  /** The activities with at least one start → complete pair, largest total first. */
  public static List<ProcessingTime> of(EventLog log, int limit) {
    int start = log.lifecycleIndex("start");
    int complete = log.lifecycleIndex("complete");
    if (start < 0 || complete < 0) {
      return List.of();
    }
    int acts = log.activityNames().size();
    @SuppressWarnings("unchecked")
    ArrayDeque<Long>[] open = new ArrayDeque[acts];
    List<List<Long>> durations = new ArrayList<>(acts);
    for (int a = 0; a < acts; a++) {
      open[a] = new ArrayDeque<>();
      durations.add(new ArrayList<>());
    }
    int[] touched = new int[acts];
    boolean[] isTouched = new boolean[acts];
    for (int c = 0; c < log.cases(); c++) {
      int n = 0;
      for (int e = log.start(c); e < log.end(c); e++) {
        int a = log.activity(e);
        int l = log.lifecycle(e);
        if (l == start) {
          if (!isTouched[a]) {
            isTouched[a] = true;
            touched[n++] = a;
          }
          open[a].addLast(log.time(e));
        } else if (l == complete && !open[a].isEmpty()) {
          durations.get(a).add(log.time(e) - open[a].removeFirst());
        }
      }
      for (int k = 0; k < n; k++) {
        open[touched[k]].clear();
        isTouched[touched[k]] = false;
      }
    }
    List<ProcessingTime> result = new ArrayList<>();
    for (int a = 0; a < acts; a++) {
      List<Long> d = durations.get(a);
      if (!d.isEmpty()) {
        long[] values = d.stream().mapToLong(Long::longValue).toArray();
        result.add(
            new ProcessingTime(
                log.activityName(a), DurationStats.ofRange(values, 0, values.length)));
      }
    }
    result.sort(
        Comparator.comparingLong((ProcessingTime p) -> p.processing().total())
            .reversed()
            .thenComparing(ProcessingTime::activity));
    return result.subList(0, Math.min(limit, result.size()));
  }
}
