package org.flowbook.mining.discovery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.model.Language;

/**
 * What a draft takes from its log besides the structure: per activity the median wait before it,
 * the median processing time (only when the log records {@code start} and {@code complete}), the
 * performing role; how often one activity directly follows another (for the branch shares); the
 * arrival rate; the language of the activity names.
 *
 * <p>With lifecycle transitions the control flow is that of the completions (a {@code start} or
 * {@code schedule} is not a step of its own); the wait before an activity runs from the previous
 * completion in the case to its start (or, without a start, to its completion).
 *
 * @param flow the completion sequences, on which the draft is mined and checked
 * @param follows how often activity b completes directly after a in a case; {@link #START} and
 *     {@link #END} stand for the case's beginning and end
 * @param workTimesKnown whether the log records start and complete, so work times could be measured
 * @param casesPerMonth the arrival rate, or null with fewer than two cases or no time between them
 * @param roles the performing roles with their head counts (distinct resources), in order of first
 *     use
 */
public record DraftFigures(
    TraceVariants flow,
    Map<String, ActivityFigures> activities,
    Map<String, Map<String, Long>> follows,
    boolean workTimesKnown,
    Double casesPerMonth,
    Map<String, Integer> roles,
    Language language) {

  /** The most distinct activities a log may have to be drafted: more steps make no manual. */
  public static final int MAX_ACTIVITIES = 300;

  public static final String START = "\u0000start";
  public static final String END = "\u0000end";

  /** Per activity: median wait and work (null when not measured), the performer (or empty). */
  public record ActivityFigures(Duration waiting, Duration work, String performer, long count) {}

  public DraftFigures {
    activities = Map.copyOf(activities);
    follows = Map.copyOf(follows);
    roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }

  /** No figures: a draft of the structure alone (shares from {@code flow} only). */
  public static DraftFigures of(TraceVariants flow, Language language) {
    return new DraftFigures(flow, Map.of(), followCounts(flow), false, null, Map.of(), language);
  }

  /**
   * The same figures with the control flow (and so the branch shares) of {@code kept}, e.g. the
   * variants {@link VariantCoverage} keeps; times and performers stay those of the whole log.
   */
  public DraftFigures withFlow(TraceVariants kept) {
    return new DraftFigures(
        kept, activities, followCounts(kept), workTimesKnown, casesPerMonth, roles, language);
  }

  public ActivityFigures activity(String name) {
    return activities.getOrDefault(name, new ActivityFigures(null, null, "", 0));
  }

  public long follows(String a, String b) {
    return follows.getOrDefault(a, Map.of()).getOrDefault(b, 0L);
  }

  /** Measures the log; performers through {@code performers}. */
  public static DraftFigures of(EventLog log, Performers performers, Language language) {
    int startLc = log.lifecycleIndex("start");
    int completeLc = log.lifecycleIndex("complete");
    boolean lifecycle = startLc >= 0 && completeLc >= 0;
    int acts = log.activityNames().size();
    List<List<Long>> waits = new ArrayList<>(acts);
    List<List<Long>> works = new ArrayList<>(acts);
    for (int a = 0; a < acts; a++) {
      waits.add(new ArrayList<>());
      works.add(new ArrayList<>());
    }
    long[] counts = new long[acts];
    @SuppressWarnings("unchecked")
    ArrayDeque<Long>[] open = new ArrayDeque[acts];
    Map<List<Integer>, long[]> variants = new LinkedHashMap<>();
    long firstArrival = Long.MAX_VALUE;
    long lastArrival = Long.MIN_VALUE;
    int nonEmptyCases = 0;
    for (int c = 0; c < log.cases(); c++) {
      if (log.end(c) > log.start(c)) {
        long t0 = log.time(log.start(c));
        firstArrival = Math.min(firstArrival, t0);
        lastArrival = Math.max(lastArrival, t0);
        nonEmptyCases++;
      }
      List<Integer> trace = new ArrayList<>();
      long lastComplete = Long.MIN_VALUE;
      for (int e = log.start(c); e < log.end(c); e++) {
        int a = log.activity(e);
        int l = log.lifecycle(e);
        long t = log.time(e);
        if (lifecycle && l == startLc) {
          if (lastComplete != Long.MIN_VALUE) {
            waits.get(a).add(t - lastComplete);
          }
          if (open[a] == null) {
            open[a] = new ArrayDeque<>();
          }
          open[a].addLast(t);
        } else if (!lifecycle || l == completeLc) {
          if (lifecycle && open[a] != null && !open[a].isEmpty()) {
            works.get(a).add(t - open[a].removeFirst());
          } else if (lastComplete != Long.MIN_VALUE) {
            waits.get(a).add(t - lastComplete);
          }
          lastComplete = t;
          counts[a]++;
          trace.add(a);
        }
      }
      if (lifecycle) {
        for (ArrayDeque<Long> q : open) {
          if (q != null) {
            q.clear();
          }
        }
      }
      variants.computeIfAbsent(trace, k -> new long[1])[0]++;
    }
    TraceVariants flow = variantsOf(log.activityNames(), variants);
    Map<String, ActivityFigures> figures = new HashMap<>();
    for (int a = 0; a < acts; a++) {
      if (counts[a] == 0) {
        continue;
      }
      String name = log.activityName(a);
      figures.put(
          name,
          new ActivityFigures(
              median(waits.get(a)),
              lifecycle ? median(works.get(a)) : null,
              performers.performer(name),
              counts[a]));
    }
    Double perMonth = null;
    if (nonEmptyCases >= 2 && lastArrival > firstArrival) {
      double days = (lastArrival - firstArrival) / 86_400_000.0;
      perMonth = roundVolume((nonEmptyCases - 1) / days * 30.4375);
    }
    return new DraftFigures(
        flow, figures, followCounts(flow), lifecycle, perMonth, performers.roles(), language);
  }

  private static TraceVariants variantsOf(List<String> names, Map<List<Integer>, long[]> grouped) {
    List<Map.Entry<List<Integer>, long[]>> entries = new ArrayList<>(grouped.entrySet());
    // most frequent first, ties in order of first appearance (a stable sort)
    entries.sort((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]));
    List<int[]> traces = new ArrayList<>();
    long[] counts = new long[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      traces.add(entries.get(i).getKey().stream().mapToInt(Integer::intValue).toArray());
      counts[i] = entries.get(i).getValue()[0];
    }
    return new TraceVariants(names, traces, counts);
  }

  /** Directly-follows counts with the case's start and end as pseudo activities. */
  static Map<String, Map<String, Long>> followCounts(TraceVariants flow) {
    Map<String, Map<String, Long>> out = new HashMap<>();
    List<String> names = flow.activities();
    for (int v = 0; v < flow.traces().size(); v++) {
      int[] t = flow.traces().get(v);
      long n = flow.counts()[v];
      String prev = START;
      for (int a : t) {
        String cur = names.get(a);
        out.computeIfAbsent(prev, k -> new HashMap<>()).merge(cur, n, Long::sum);
        prev = cur;
      }
      out.computeIfAbsent(prev, k -> new HashMap<>()).merge(END, n, Long::sum);
    }
    return out;
  }

  /** The median, rounded to a duration a manual would state; null without values. */
  static Duration median(List<Long> millis) {
    if (millis.isEmpty()) {
      return null;
    }
    long[] v = millis.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(v);
    int n = v.length;
    double m = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    return rounded(Math.max(0, m));
  }

  /**
   * Rounds so the notation shows it plainly: whole minutes up to 10 h, whole hours up to 10 days,
   * whole days beyond; under half a minute counts as no time.
   */
  static Duration rounded(double millis) {
    double minutes = millis / 60_000.0;
    if (minutes < 0.5) {
      return Duration.ZERO;
    }
    if (minutes < 600) {
      return Duration.ofMinutes(Math.round(minutes));
    }
    double hours = minutes / 60;
    if (hours < 240) {
      return Duration.ofHours(Math.round(hours));
    }
    return Duration.ofDays(Math.round(hours / 24));
  }

  private static double roundVolume(double perMonth) {
    if (perMonth >= 10) {
      return Math.round(perMonth);
    }
    return Math.round(perMonth * 10) / 10.0;
  }
}
