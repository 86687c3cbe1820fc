package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.flowbook.mining.log.TraceVariants;

/**
 * Simplicity by coverage ({@code --coverage}): the most frequent variants that together cover a
 * share of the cases, and what that leaves out. A draft mined on the kept variants shows the usual
 * ways through the process; its fitness is still measured on the whole log, so the price of the
 * simplification is stated.
 *
 * @param kept the variants kept, most frequent first
 * @param coverage the share of cases asked for
 * @param variantsLeftOut how many variants were left out
 * @param casesLeftOut how many cases follow a left-out variant
 * @param activitiesLeftOut activities that occur only in left-out variants, by name
 */
public record VariantCoverage(
    TraceVariants kept,
    double coverage,
    int variantsLeftOut,
    long casesLeftOut,
    List<String> activitiesLeftOut) {

  public VariantCoverage {
    activitiesLeftOut = List.copyOf(activitiesLeftOut);
  }

  /**
   * Keeps the most frequent variants until they cover at least {@code coverage} of the cases (ties
   * in frequency kept in the log's order); 1 keeps everything.
   */
  public static VariantCoverage of(TraceVariants log, double coverage) {
    if (!(coverage > 0 && coverage <= 1)) {
      throw new IllegalArgumentException("coverage must be above 0 and at most 1, got " + coverage);
    }
    Integer[] order = new Integer[log.traces().size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> -log.counts()[i]));
    long total = log.cases();
    // the small epsilon keeps 0.9 × 10 cases at 9, not 10, when 0.9 × 10 is 9.000000000000002
    double needed = coverage * total - 1e-9;
    List<int[]> traces = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    long covered = 0;
    boolean[] seen = new boolean[log.activities().size()];
    for (int i : order) {
      if (covered >= needed && !traces.isEmpty()) {
        break;
      }
      traces.add(log.traces().get(i));
      counts.add(log.counts()[i]);
      covered += log.counts()[i];
      for (int a : log.traces().get(i)) {
        seen[a] = true;
      }
    }
    TreeSet<String> leftOut = new TreeSet<>();
    for (int i = traces.size(); i < order.length; i++) {
      for (int a : log.traces().get(order[i])) {
        if (!seen[a]) {
          leftOut.add(log.activities().get(a));
        }
      }
    }
    TraceVariants kept =
        new TraceVariants(
            log.activities(), traces, counts.stream().mapToLong(Long::longValue).toArray());
    return new VariantCoverage(
        kept, coverage, order.length - traces.size(), total - covered, new ArrayList<>(leftOut));
  }

  /** Whether anything was left out. */
  public boolean leftOutAny() {
    return variantsLeftOut > 0;
  }
}
