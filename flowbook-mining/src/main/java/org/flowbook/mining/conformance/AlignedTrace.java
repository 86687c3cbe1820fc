package org.flowbook.mining.conformance;

/**
 * An optimal alignment of one trace against a net: the sequence of moves and its cost under the
 * standard cost function (synchronous move 0, invisible model move 1, log move and visible model
 * move {@value AlignmentSearch#DEVIATION_COST}).
 *
 * @param transitions per move the transition fired, or -1 for a log move
 * @param events per move the index of the trace event consumed, or -1 for a model move
 */
public record AlignedTrace(int cost, int[] transitions, int[] events) {
  public AlignedTrace {
    transitions = transitions.clone();
    events = events.clone();
    if (transitions.length != events.length) {
      throw new IllegalArgumentException("one transition and one event slot per move");
    }
  }

  public int moves() {
    return transitions.length;
  }

  public boolean isLogMove(int i) {
    return transitions[i] < 0;
  }

  public boolean isModelMove(int i) {
    return events[i] < 0;
  }

  public boolean isSync(int i) {
    return transitions[i] >= 0 && events[i] >= 0;
  }

  /** The number of deviations (log moves plus visible model moves). */
  public int deviations() {
    return cost / AlignmentSearch.DEVIATION_COST;
  }
}
