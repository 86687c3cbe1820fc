package org.flowbook.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * What a role must learn beyond its steps ({@code utbildning:} under a role: courses, documents)
 * and how long a sign-off of its training stays valid ({@code giltig: 12 mån}).
 *
 * @param items course or document names, in the order written
 * @param validFor how long a training record stays valid; {@link Period#ZERO} = it does not expire
 */
public record RoleTraining(List<String> items, Period validFor) {
  public static final RoleTraining NONE = new RoleTraining(List.of(), Period.ZERO);

  public RoleTraining {
    items = Checks.list(items);
    validFor = validFor == null ? Period.ZERO : validFor;
    if (validFor.isNegative()) {
      throw new IllegalArgumentException("a validity must not be negative");
    }
  }

  public boolean expires() {
    return !validFor.isZero();
  }

  /** The last day a sign-off given on {@code signed} is valid, or null when it does not expire. */
  public LocalDate lastValidDay(LocalDate signed) {
    return expires() ? signed.plus(validFor).minusDays(1) : null;
  }
}
