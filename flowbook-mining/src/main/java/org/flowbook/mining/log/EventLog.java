package org.flowbook.mining.log;

import java.util.List;

/**
 * An event log in columns: one primitive array per attribute, events grouped by case and ordered by
 * time within a case (a stable sort, so equal timestamps keep the file order).
 *
 * <p>Memory per event: 4 bytes activity + 8 bytes timestamp + 4 bytes resource + 1 byte lifecycle =
 * 17 bytes, plus 4 bytes and the id string per case. Names are interned once.
 *
 * <p>Timestamps are epoch milliseconds: true instants, or local wall-clock time read as UTC when
 * the log was imported with {@link ImportOptions#wallClock()}.
 */
public final class EventLog {
  /** Marks an event without a resource. */
  public static final int NO_RESOURCE = -1;

  private final List<String> activityNames;
  private final List<String> resourceNames;
  private final List<String> lifecycleNames;
  private final List<String> caseIds;
  private final int[] caseStart;
  private final int[] activity;
  private final long[] time;
  private final int[] resource;
  private final byte[] lifecycle;

  EventLog(
      List<String> activityNames,
      List<String> resourceNames,
      List<String> lifecycleNames,
      List<String> caseIds,
      int[] caseStart,
      int[] activity,
      long[] time,
      int[] resource,
      byte[] lifecycle) {
    this.activityNames = List.copyOf(activityNames);
    this.resourceNames = List.copyOf(resourceNames);
    this.lifecycleNames = List.copyOf(lifecycleNames);
    this.caseIds = List.copyOf(caseIds);
    this.caseStart = caseStart;
    this.activity = activity;
    this.time = time;
    this.resource = resource;
    this.lifecycle = lifecycle;
  }

  public int cases() {
    return caseIds.size();
  }

  public int events() {
    return activity.length;
  }

  public String caseId(int c) {
    return caseIds.get(c);
  }

  /** Index of the first event of case {@code c}. */
  public int start(int c) {
    return caseStart[c];
  }

  /** Index one past the last event of case {@code c}. */
  public int end(int c) {
    return caseStart[c + 1];
  }

  public int activity(int e) {
    return activity[e];
  }

  /** Epoch milliseconds of event {@code e}. */
  public long time(int e) {
    return time[e];
  }

  /** The resource number of event {@code e}, or {@link #NO_RESOURCE}. */
  public int resource(int e) {
    return resource[e];
  }

  /** The lifecycle number of event {@code e} (see {@link #lifecycleNames()}). */
  public int lifecycle(int e) {
    return lifecycle[e];
  }

  public List<String> activityNames() {
    return activityNames;
  }

  public String activityName(int a) {
    return activityNames.get(a);
  }

  public List<String> resourceNames() {
    return resourceNames;
  }

  /** Lifecycle transitions in lower case ("complete", "start", ...); "" = not given. */
  public List<String> lifecycleNames() {
    return lifecycleNames;
  }

  /** The number of the lifecycle transition {@code name} (lower case), or -1 when absent. */
  public int lifecycleIndex(String name) {
    return lifecycleNames.indexOf(name);
  }

  /** The control-flow view shared with discovery and conformance. */
  public TraceVariants traceVariants() {
    return VariantGrouping.of(this).toTraceVariants(activityNames);
  }
}
