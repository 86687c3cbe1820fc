package org.flowbook.testkit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips a test visibly when something it needs is absent — except under {@code CI=true}, where an
 * absent service or data file fails the test, so CI can never go green by skipping.
 */
public final class TestEnvironment {
  private TestEnvironment() {}

  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Aborts (skips) the test, or fails it on CI, when {@code present} is false. */
  public static void require(boolean present, String what, String howToProvide) {
    if (present) {
      return;
    }
    String message = "needs " + what + " (" + howToProvide + ")";
    if (isCi()) {
      Assertions.fail("CI=true and the test " + message);
    }
    System.err.println("[flowbook] SKIPPED: test " + message);
    Assumptions.abort(message);
  }

  /** The value of an environment variable naming a service, or a skip/failure without it. */
  public static String requireEnv(String variable, String what) {
    String value = System.getenv(variable);
    require(value != null && !value.isBlank(), what, "set " + variable + "; .ci/run does");
    return value;
  }
}
