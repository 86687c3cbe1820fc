package org.flowbook.mining.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.VariantGrouping;

/**
 * The variants of a log: how many there are, how many occur once, and the most frequent ones with
 * their share, cumulative coverage and case durations.
 *
 * @param count the number of distinct variants
 * @param singletons variants followed by exactly one case
 * @param top the most frequent variants, at most the number asked for
 */
public record VariantReport(int count, int singletons, List<Variant> top) {
  public VariantReport {
    top = List.copyOf(top);
  }

  /** The variants of {@code log}, keeping the {@code limit} most frequent in detail. */
  public static VariantReport of(EventLog log, int limit) {
    return of(log, VariantGrouping.of(log), CaseDurations.of(log), limit);
  }

  static VariantReport of(EventLog log, VariantGrouping g, long[] caseDurations, int limit) {
    int n = g.variants();
    int keep = Math.min(limit, n);
    // Group the case durations of the kept variants.
    int[] offset = new int[keep + 1];
    for (int c = 0; c < log.cases(); c++) {
      int v = g.variantOf(c);
      if (v < keep) {
        offset[v + 1]++;
      }
    }
    for (int v = 0; v < keep; v++) {
      offset[v + 1] += offset[v];
    }
    long[] durations = new long[offset[keep]];
    int[] fill = Arrays.copyOf(offset, keep);
    for (int c = 0; c < log.cases(); c++) {
      int v = g.variantOf(c);
      if (v < keep) {
        durations[fill[v]++] = caseDurations[c];
      }
    }
    double cases = log.cases();
    long covered = 0;
    List<Variant> top = new ArrayList<>(keep);
    for (int v = 0; v < keep; v++) {
      covered += g.count(v);
      List<String> names = new ArrayList<>();
      for (int a : g.trace(v)) {
        names.add(log.activityName(a));
      }
      top.add(
          new Variant(
              v + 1,
              names,
              g.count(v),
              g.count(v) / cases,
              covered / cases,
              DurationStats.ofRange(durations, offset[v], offset[v + 1])));
    }
    int singletons = 0;
    for (int v = 0; v < n; v++) {
      if (g.count(v) == 1) {
        singletons++;
      }
    }
    return new VariantReport(n, singletons, top);
  }
}
