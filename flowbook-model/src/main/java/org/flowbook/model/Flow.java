package org.flowbook.model;

/**
 * A sequence flow between two steps of a process.
 *
 * @param label the condition or branch name shown on the arrow, or empty
 * @param probability the share of cases taking this flow out of its source (0..1), or null when not
 *     stated; only meaningful out of decisions
 * @param isDefault whether this is the "otherwise" branch of a decision
 */
public record Flow(
    String from,
    String to,
    String label,
    Double probability,
    boolean isDefault,
    SourceLocation at) {
  public Flow {
    from = Checks.text(from, "flow source");
    to = Checks.text(to, "flow target");
    label = Checks.optional(label);
    if (probability != null && (probability < 0 || probability > 1 || probability.isNaN())) {
      throw new IllegalArgumentException("probability must be within 0..1: " + probability);
    }
    at = Checks.at(at);
  }

  public static Flow of(String from, String to) {
    return new Flow(from, to, "", null, false, SourceLocation.UNKNOWN);
  }
}
