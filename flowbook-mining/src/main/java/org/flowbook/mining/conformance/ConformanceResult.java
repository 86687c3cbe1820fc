package org.flowbook.mining.conformance;

import java.util.List;
import java.util.Map;
import org.flowbook.mining.analysis.DurationStats;

/**
 * Conformance of a log against a documented process or Petri net: alignment fitness, token-replay
 * fitness, and per step how often it was done, skipped or done out of place, plus the log
 * activities that match no step.
 *
 * @param model the model's name (file or process id)
 * @param alignments alignment figures; its {@code unaligned} cases are not in the step counts
 * @param steps one entry per documented step, in model order
 */
public record ConformanceResult(
    String model,
    int places,
    int transitions,
    int invisibleTransitions,
    long cases,
    AlignmentReport alignments,
    TokenReplayReport tokenReplay,
    List<StepConformance> steps,
    List<UnmappedActivity> unmapped) {
  public ConformanceResult {
    steps = List.copyOf(steps);
    unmapped = List.copyOf(unmapped);
  }

  /** This result with the waiting time before each step (by step id, see {@link StepWaits}). */
  public ConformanceResult withWaiting(Map<String, DurationStats> byStep) {
    List<StepConformance> waited =
        steps.stream()
            .map(s -> s.withWaiting(byStep.getOrDefault(s.step(), DurationStats.EMPTY)))
            .toList();
    return new ConformanceResult(
        model,
        places,
        transitions,
        invisibleTransitions,
        cases,
        alignments,
        tokenReplay,
        waited,
        unmapped);
  }
}
