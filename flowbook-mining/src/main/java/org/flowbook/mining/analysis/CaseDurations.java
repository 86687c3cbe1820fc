package org.flowbook.mining.analysis;

import org.flowbook.mining.log.EventLog;

/** Case duration = time from a case's first to its last event (PM4Py's definition). */
public final class CaseDurations {
  private CaseDurations() {}

  /** The duration of every case in milliseconds, by case number. */
  public static long[] of(EventLog log) {
    long[] d = new long[log.cases()];
    for (int c = 0; c < d.length; c++) {
      d[c] = log.time(log.end(c) - 1) - log.time(log.start(c));
    }
    return d;
  }

  public static DurationStats stats(EventLog log) {
    long[] d = of(log);
    return DurationStats.ofRange(d, 0, d.length);
  }
}
