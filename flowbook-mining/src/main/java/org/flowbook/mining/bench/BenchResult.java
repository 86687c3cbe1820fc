package org.flowbook.mining.bench;

import java.util.List;

/**
 * The result of benchmarking the mining pipeline on one log.
 *
 * @param log the file
 * @param events events in the log
 * @param cases cases in the log
 * @param runs measured runs per step (after the warm-up runs)
 * @param warmup warm-up runs per step
 * @param steps the steps in pipeline order
 * @param peakHeapBytes the largest heap use seen by the JVM's memory pools
 * @param peakRssBytes the process's peak resident memory (VmHWM), or 0 where unknown
 */
public record BenchResult(
    String log,
    int events,
    int cases,
    int runs,
    int warmup,
    List<BenchStep> steps,
    long peakHeapBytes,
    long peakRssBytes) {
  public BenchResult {
    steps = List.copyOf(steps);
  }

  /** This result with {@code more} steps after its own. */
  public BenchResult with(List<BenchStep> more) {
    List<BenchStep> all = new java.util.ArrayList<>(steps);
    all.addAll(more);
    return new BenchResult(log, events, cases, runs, warmup, all, peakHeapBytes, peakRssBytes);
  }

  public BenchResult with(BenchStep step) {
    return with(List.of(step));
  }
}
