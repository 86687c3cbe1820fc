package org.flowbook.capture.interview;

import java.util.List;
import java.util.Objects;

/**
 * What an event log showed about a documented process, as far as an interview asks about it: per
 * step how often it was done as documented, skipped or done out of order, and the log's activities
 * that match no step. The CLI fills it from the mining module's conformance check; the guide needs
 * nothing else of the log.
 *
 * @param source the log's file name, shown on the guide's cover
 * @param cases the cases checked
 */
public record LogEvidence(
    String source, long cases, List<StepCounts> steps, List<Unmatched> unmatched) {

  public LogEvidence {
    Objects.requireNonNull(source, "source");
    steps = List.copyOf(steps);
    unmatched = List.copyOf(unmatched);
  }

  /**
   * How the log's cases went through one step.
   *
   * @param done times it happened where the documentation allows it
   * @param skipped times the documented way needed it and the case did not do it
   * @param outOfOrder times it happened where the documentation does not allow it
   */
  public record StepCounts(String step, long done, long skipped, long outOfOrder) {
    public StepCounts {
      Objects.requireNonNull(step, "step");
    }

    /** The share of the cases that should have passed the step and went past it without. */
    public double skippedShare() {
      long needed = done + skipped;
      return needed == 0 ? 0 : (double) skipped / needed;
    }
  }

  /** A log activity that matches no documented step. */
  public record Unmatched(String activity, long events, long cases) {
    public Unmatched {
      Objects.requireNonNull(activity, "activity");
    }
  }
}
