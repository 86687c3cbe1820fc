package org.flowbook.mining.generate;

import java.util.List;
import java.util.Objects;

/**
 * How often simulated cases depart from the documented process, each a probability 0..1.
 *
 * @param skip per case: one of the {@code skippable} steps is left out (e.g. an approval)
 * @param rework per activity: it is done again straight away
 * @param swap per case: two neighbouring activities are done in the other order
 * @param undocumented per case: an activity the process does not describe is inserted
 * @param skippable titles of the steps that may be skipped (empty: any activity)
 * @param undocumentedActivity the name of the undocumented activity
 */
public record Deviations(
    double skip,
    double rework,
    double swap,
    double undocumented,
    List<String> skippable,
    String undocumentedActivity) {
  public static final Deviations NONE = new Deviations(0, 0, 0, 0, List.of(), "");

  public Deviations {
    for (double p : new double[] {skip, rework, swap, undocumented}) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("deviation rates must be within 0..1, got " + p);
      }
    }
    skippable = List.copyOf(skippable);
    Objects.requireNonNull(undocumentedActivity, "undocumentedActivity");
  }
}
