package org.flowbook.mining.analysis;

import java.util.List;

/**
 * One variant: a distinct sequence of activities and the cases that followed it.
 *
 * @param rank 1 = the most frequent
 * @param activities the sequence
 * @param cases how many cases followed it
 * @param share cases / all cases (0..1)
 * @param coverage the share of all cases covered by this and the more frequent variants (0..1)
 * @param duration the durations of its cases, in milliseconds
 */
public record Variant(
    int rank,
    List<String> activities,
    long cases,
    double share,
    double coverage,
    DurationStats duration) {
  public Variant {
    activities = List.copyOf(activities);
  }
}
