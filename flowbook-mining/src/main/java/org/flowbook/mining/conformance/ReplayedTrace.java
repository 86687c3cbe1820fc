package org.flowbook.mining.conformance;

/**
 * The token counts of replaying one trace: tokens produced and consumed by fired transitions (the
 * initial and final marking included), tokens that had to be added (missing) and tokens left over
 * (remaining).
 *
 * @param skippedEvents events whose activity the model does not know (replay ignores them)
 */
public record ReplayedTrace(
    int produced, int consumed, int missing, int remaining, int skippedEvents) {

  /** Fit when nothing was missing and nothing remained. */
  public boolean fits() {
    return missing == 0 && remaining == 0;
  }

  /** ½(1 − missing/consumed) + ½(1 − remaining/produced). */
  public double fitness() {
    if (consumed == 0 || produced == 0) {
      return 1.0;
    }
    return 0.5 * (1.0 - (double) missing / consumed) + 0.5 * (1.0 - (double) remaining / produced);
  }
}
