package org.flowbook.mining.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects events as an importer streams them (any order of cases) and builds the columnar {@link
 * EventLog}: groups events by case in order of the cases' first appearance, then sorts each case
 * stably by time. Holds 21 bytes per event while collecting.
 */
public final class EventLogBuilder {
  private final Interner activities = new Interner();
  private final Interner resources = new Interner();
  private final Interner lifecycles = new Interner();
  private final Map<String, Integer> lifecyclesAlias = new HashMap<>();
  private final Map<String, Integer> caseIndex = new HashMap<>();
  private String[] caseIds = new String[1024];
  private int cases;
  private String lastCaseId;
  private int lastCase = -1;

  private int size;
  private int[] caseOf = new int[4096];
  private int[] activity = new int[4096];
  private long[] time = new long[4096];
  private int[] resource = new int[4096];
  private byte[] lifecycle = new byte[4096];

  public EventLogBuilder() {
    lifecycles.intern("");
  }

  /** The case number of {@code id}, registering it on first sight. */
  public int caseNumber(String id) {
    if (id.equals(lastCaseId)) {
      return lastCase;
    }
    Integer known = caseIndex.get(id);
    if (known == null) {
      known = cases;
      if (cases == caseIds.length) {
        caseIds = Arrays.copyOf(caseIds, cases * 2);
      }
      caseIds[cases++] = id;
      caseIndex.put(id, known);
    }
    lastCaseId = id;
    lastCase = known;
    return known;
  }

  public int activityNumber(String name) {
    return activities.intern(name);
  }

  /** The resource number, or {@link EventLog#NO_RESOURCE} for a missing or empty name. */
  public int resourceNumber(String name) {
    return name == null || name.isEmpty() ? EventLog.NO_RESOURCE : resources.intern(name);
  }

  /** The lifecycle number of a transition name (case-insensitive; null or empty = not given). */
  public int lifecycleNumber(String name) {
    if (name == null || name.isEmpty()) {
      return 0;
    }
    Integer alias = lifecyclesAlias.get(name);
    if (alias != null) {
      return alias;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int id = lifecycles.intern(lower);
    // Remember this spelling, so the next lookup is one hash probe.
    lifecyclesAlias.put(name, id);
    if (id > Byte.MAX_VALUE) {
      throw new IllegalStateException("more than 127 distinct lifecycle transitions");
    }
    return id;
  }

  /** Adds one event; numbers come from the {@code ...Number} methods of this builder. */
  public void add(int caseNo, int activityNo, long epochMillis, int resourceNo, int lifecycleNo) {
    if (size == activity.length) {
      grow();
    }
    caseOf[size] = caseNo;
    activity[size] = activityNo;
    time[size] = epochMillis;
    resource[size] = resourceNo;
    lifecycle[size] = (byte) lifecycleNo;
    size++;
  }

  /**
   * Sets the case of events {@code from} up to the last one added; XES readers add a trace's events
   * before they necessarily know its id, with case number -1.
   */
  public void assignCase(int from, int caseNo) {
    Arrays.fill(caseOf, from, size, caseNo);
  }

  public int events() {
    return size;
  }

  private void grow() {
    int n = activity.length * 2;
    caseOf = Arrays.copyOf(caseOf, n);
    activity = Arrays.copyOf(activity, n);
    time = Arrays.copyOf(time, n);
    resource = Arrays.copyOf(resource, n);
    lifecycle = Arrays.copyOf(lifecycle, n);
  }

  /**
   * Adds this builder's events to {@code target}, renumbering names and cases; used to combine the
   * parts of a log read in parallel. Case ids pass through {@code caseIdMap} first.
   */
  public void appendTo(EventLogBuilder target, java.util.function.UnaryOperator<String> caseIdMap) {
    int[] act = renumber(activities.names(), target::activityNumber);
    int[] res = renumber(resources.names(), target::resourceNumber);
    int[] life = renumber(lifecycles.names(), target::lifecycleNumber);
    int[] caseNo = new int[cases];
    for (int c = 0; c < cases; c++) {
      caseNo[c] = target.caseNumber(caseIdMap.apply(caseIds[c]));
    }
    for (int i = 0; i < size; i++) {
      target.add(
          caseOf[i] < 0 ? -1 : caseNo[caseOf[i]],
          act[activity[i]],
          time[i],
          resource[i] < 0 ? EventLog.NO_RESOURCE : res[resource[i]],
          life[lifecycle[i]]);
    }
  }

  private static int[] renumber(
      List<String> names, java.util.function.ToIntFunction<String> number) {
    int[] map = new int[names.size()];
    for (int i = 0; i < map.length; i++) {
      map[i] = number.applyAsInt(names.get(i));
    }
    return map;
  }

  /** Builds the log; cases without events are dropped. */
  public EventLog build() {
    int[] perCase = new int[cases + 1];
    for (int i = 0; i < size; i++) {
      perCase[caseOf[i] + 1]++;
    }
    // Keep only cases with events, numbered in order of first appearance.
    int[] newNumber = new int[cases];
    List<String> ids = new ArrayList<>(cases);
    int kept = 0;
    for (int c = 0; c < cases; c++) {
      newNumber[c] = perCase[c + 1] > 0 ? kept++ : -1;
      if (perCase[c + 1] > 0) {
        ids.add(caseIds[c]);
      }
    }
    int[] start = new int[kept + 1];
    for (int c = 0; c < cases; c++) {
      if (newNumber[c] >= 0) {
        start[newNumber[c] + 1] = perCase[c + 1];
      }
    }
    for (int c = 0; c < kept; c++) {
      start[c + 1] += start[c];
    }
    int[] next = Arrays.copyOf(start, kept);
    int[] act = new int[size];
    long[] ts = new long[size];
    int[] res = new int[size];
    byte[] life = new byte[size];
    for (int i = 0; i < size; i++) {
      int at = next[newNumber[caseOf[i]]]++;
      act[at] = activity[i];
      ts[at] = time[i];
      res[at] = resource[i];
      life[at] = lifecycle[i];
    }
    for (int c = 0; c < kept; c++) {
      CaseSorter.sortByTime(start[c], start[c + 1], act, ts, res, life);
    }
    return new EventLog(
        activities.names(), resources.names(), lifecycles.names(), ids, start, act, ts, res, life);
  }
}
