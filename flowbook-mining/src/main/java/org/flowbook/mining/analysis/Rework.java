package org.flowbook.mining.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flowbook.mining.log.EventLog;

/**
 * Rework: activities repeated within a case. When a log records lifecycle transitions
 * (schedule/start/complete), only completions count, so one execution recorded as three events is
 * not mistaken for rework.
 *
 * @param cases cases with at least one repeated activity
 * @param share those cases / all cases (0..1)
 * @param activities repeated activities, most affected cases first
 */
public record Rework(long cases, double share, List<ReworkActivity> activities) {
  public Rework {
    activities = List.copyOf(activities);
  }

  public static Rework of(EventLog log, int limit) {
    int complete = log.lifecycleIndex("complete");
    int acts = log.activityNames().size();
    int[] seen = new int[acts];
    int[] touched = new int[acts];
    long[] cases = new long[acts];
    long[] extra = new long[acts];
    long reworkCases = 0;
    for (int c = 0; c < log.cases(); c++) {
      int n = 0;
      boolean any = false;
      for (int i = log.start(c); i < log.end(c); i++) {
        if (complete >= 0 && log.lifecycle(i) != complete) {
          continue;
        }
        int a = log.activity(i);
        if (seen[a]++ == 0) {
          touched[n++] = a;
        }
      }
      for (int k = 0; k < n; k++) {
        int a = touched[k];
        if (seen[a] > 1) {
          cases[a]++;
          extra[a] += seen[a] - 1;
          any = true;
        }
        seen[a] = 0;
      }
      if (any) {
        reworkCases++;
      }
    }
    List<ReworkActivity> list = new ArrayList<>();
    for (int a = 0; a < acts; a++) {
      if (cases[a] > 0) {
        list.add(new ReworkActivity(log.activityName(a), cases[a], extra[a]));
      }
    }
    list.sort(
        Comparator.comparingLong(ReworkActivity::cases)
            .reversed()
            .thenComparing(Comparator.comparingLong(ReworkActivity::repetitions).reversed())
            .thenComparing(ReworkActivity::activity));
    return new Rework(
        reworkCases,
        log.cases() == 0 ? 0 : (double) reworkCases / log.cases(),
        list.subList(0, Math.min(limit, list.size())));
  }
}
