package org.flowbook.mining.analysis;

/**
 * Where cases wait: a transition (from → to) or an activity (the time before it, from the previous
 * event of the case), with the waiting times in milliseconds.
 *
 * @param from the earlier activity, or empty for an activity bottleneck
 * @param to the activity waited for
 * @param waiting the waiting times
 */
public record Bottleneck(String from, String to, DurationStats waiting) {
  public boolean isTransition() {
    return !from.isEmpty();
  }
}
