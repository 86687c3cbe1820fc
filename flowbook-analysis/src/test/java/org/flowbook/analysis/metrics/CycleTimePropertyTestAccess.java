package org.flowbook.analysis.metrics;

import java.time.Duration;
import org.flowbook.model.Process;

/** Lets tests in other packages reuse the model edit of {@link CycleTimePropertyTest}. */
public final class CycleTimePropertyTestAccess {
  private CycleTimePropertyTestAccess() {}

  public static Process withExtraWork(Process p, String stepId, Duration extra) {
    return CycleTimePropertyTest.withExtraWork(p, stepId, extra, false);
  }
}
