package org.flowbook.model;

import java.util.List;

/** The one place for the preconditions of the records in this package. */
final class Checks {
  private Checks() {}

  static String text(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }

  static String optional(String value) {
    return value == null ? "" : value.strip();
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** A step of a risk scale, 1 … {@link RiskScore#SCALE_MAX}. */
  static int scale(int value, String what) {
    if (value < 1 || value > RiskScore.SCALE_MAX) {
      throw new IllegalArgumentException(
          what + " must be 1 to " + RiskScore.SCALE_MAX + ", not " + value);
    }
    return value;
  }

  static SourceLocation at(SourceLocation at) {
    return at == null ? SourceLocation.UNKNOWN : at;
  }
}
