package org.flowbook.mining.log;

import java.util.List;
import java.util.Objects;

/**
 * The control-flow view of an event log: each distinct sequence of activities once, with the number
 * of cases that followed it. Discovery and conformance work on this; the importers and the columnar
 * log produce it.
 *
 * @param activities activity names; a trace holds indexes into this list
 * @param traces the distinct traces, most frequent first
 * @param counts how many cases followed {@code traces.get(i)}
 */
public record TraceVariants(List<String> activities, List<int[]> traces, long[] counts) {
  public TraceVariants {
    activities = List.copyOf(activities);
    traces = List.copyOf(Objects.requireNonNull(traces, "traces"));
    counts = counts.clone();
    if (counts.length != traces.size()) {
      throw new IllegalArgumentException(
          "one count per trace needed: " + counts.length + " counts, " + traces.size() + " traces");
    }
  }

  public long cases() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }
}
