package org.flowbook.mining.conformance;

import java.util.Objects;
import org.flowbook.mining.analysis.DurationStats;

/**
 * How the log's cases went through one documented step, from their optimal alignments, and how long
 * they waited before it.
 *
 * @param synchronous times the step happened where the model allows it
 * @param skipped times the model needed the step but the case did not do it (model moves)
 * @param outOfPlace times the step's activity happened where the model does not allow it (log
 *     moves)
 * @param waiting the time before the step's events since the previous event of their case (see
 *     {@link StepWaits}); {@link DurationStats#EMPTY} when not measured
 */
public record StepConformance(
    String step,
    String title,
    long synchronous,
    long skipped,
    long outOfPlace,
    DurationStats waiting) {

  public StepConformance {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(title, "title");
    waiting = Objects.requireNonNullElse(waiting, DurationStats.EMPTY);
  }

  /** Counts without waiting times. */
  public StepConformance(
      String step, String title, long synchronous, long skipped, long outOfPlace) {
    this(step, title, synchronous, skipped, outOfPlace, DurationStats.EMPTY);
  }

  /** The step's events in the aligned cases: as documented plus out of place. */
  public long events() {
    return synchronous + outOfPlace;
  }

  /**
   * Whether the waiting time speaks for the step: measured before at least half of its events. It
   * does not for a step that mostly starts a case (no previous event), where the few waits measured
   * are the exceptions (a repeat, an out-of-order case).
   */
  public boolean waitingIsTypical() {
    return waiting.count() > 0 && 2 * waiting.count() >= events();
  }

  public StepConformance withWaiting(DurationStats newWaiting) {
    return new StepConformance(step, title, synchronous, skipped, outOfPlace, newWaiting);
  }
}
