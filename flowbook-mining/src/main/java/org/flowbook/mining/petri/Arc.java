package org.flowbook.mining.petri;

/**
 * A weighted arc between a place and a transition, by their indexes in the net.
 *
 * @param toTransition true for place → transition (the transition consumes), false for transition →
 *     place (it produces)
 */
public record Arc(int place, int transition, boolean toTransition, int weight) {
  public Arc {
    if (place < 0 || transition < 0) {
      throw new IllegalArgumentException(
          "arc ends must be indexes, got " + place + ", " + transition);
    }
    if (weight < 1) {
      throw new IllegalArgumentException("arc weight must be at least 1, got " + weight);
    }
  }
}
