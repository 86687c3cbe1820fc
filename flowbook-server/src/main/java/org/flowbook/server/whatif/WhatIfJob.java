package org.flowbook.server.whatif;

import java.util.List;
import java.util.Optional;
import org.flowbook.model.Process;
import org.flowbook.simulation.compare.Comparison;

/**
 * One what-if run as its page shows it. Immutable; {@link WhatIfJobs} replaces a job's state as it
 * moves on.
 *
 * @param id the job's random id (the page address)
 * @param owner who started it; nobody else sees the job
 * @param processId the process asked about, or null for the whole landscape
 * @param title the process's title, or empty for the landscape
 * @param scenario what changes
 * @param shown the process as simulated after the change, for the heat chart (empty on the
 *     landscape)
 * @param done replications finished of {@code total} (both sides)
 * @param result the paired figures when done
 * @param unstaffed roles the change leaves without anyone at work on the first day: their steps are
 *     never done, so the cases that end are not those that need them
 */
public record WhatIfJob(
    String id,
    String owner,
    String processId,
    String title,
    WhatIfScenario scenario,
    Optional<Process> shown,
    Phase phase,
    int done,
    int total,
    Optional<Comparison> result,
    List<String> unstaffed) {

  public WhatIfJob {
    unstaffed = List.copyOf(unstaffed);
  }

  /** The stages of a job. */
  public enum Phase {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
      return this == DONE || this == FAILED;
    }
  }

  /** Progress, 0..100. */
  public int percent() {
    if (phase == Phase.DONE) {
      return 100;
    }
    return total <= 0 ? 0 : Math.min(100, 100 * done / total);
  }

  /** The address of the job's page. */
  public String page() {
    return "/whatif/jobs/" + id;
  }

  WhatIfJob at(Phase p, int d) {
    return new WhatIfJob(
        id, owner, processId, title, scenario, shown, p, d, total, result, unstaffed);
  }

  WhatIfJob finished(Phase p, Optional<Comparison> r) {
    return new WhatIfJob(
        id, owner, processId, title, scenario, shown, p, total, total, r, unstaffed);
  }
}
