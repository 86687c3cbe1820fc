package org.flowbook.simulation;

import org.flowbook.simulation.report.SimulationRun;

/** The demo workspace's seeded run of {@link WhatIfTest}, for tests in other packages. */
public final class WhatIfTestAccess {
  private WhatIfTestAccess() {}

  public static SimulationRun baseline() {
    return WhatIfTest.run(null, WhatIfTest.REQ);
  }
}
