package org.flowbook.server.mining;

import java.util.List;
import java.util.Optional;

/**
 * One log checked against one version of a process, as the job page shows it. Immutable; {@link
 * LogJobs} replaces a job's state as it moves on.
 *
 * @param id the job's random id (the page address)
 * @param owner who uploaded the log; nobody else sees the job
 * @param processId the process the log is checked against
 * @param version the version checked against
 * @param fileName the log's file name as uploaded
 * @param phase where the job is
 * @param done work done of {@code total} in the current phase (bytes read, variants aligned)
 * @param problems what made the log unreadable, or the import's warnings: located lines {@code
 *     file:line:col: error[code]: message}
 * @param result the figures when the job is done
 */
public record LogJob(
    String id,
    String owner,
    String processId,
    int version,
    String fileName,
    Phase phase,
    long done,
    long total,
    List<String> problems,
    Optional<Result> result) {

  public LogJob {
    problems = List.copyOf(problems);
  }

  /** The stages of a job. */
  public enum Phase {
    QUEUED,
    READING,
    CHECKING,
    DONE,
    FAILED;

    public boolean finished() {
      return this == DONE || this == FAILED;
    }
  }

  /**
   * What the log says about the process.
   *
   * @param cases cases in the log
   * @param events events in the log
   * @param fitness alignment fitness of the log on the documented process
   * @param percentFitting cases that follow the process exactly, in percent
   * @param chartSvg the documented flowchart with the log painted on it (an inline SVG element)
   * @param unseenSteps work steps the log never shows
   * @param unmappedActivities log activities with no step
   * @param calibratedSource the process text with the log's shares, waits, work times and volume
   */
  public record Result(
      long cases,
      long events,
      double fitness,
      double percentFitting,
      String chartSvg,
      List<String> unseenSteps,
      List<String> unmappedActivities,
      String calibratedSource) {
    public Result {
      unseenSteps = List.copyOf(unseenSteps);
      unmappedActivities = List.copyOf(unmappedActivities);
    }
  }

  /** Progress within the current phase, 0..100. */
  public int percent() {
    if (phase == Phase.DONE) {
      return 100;
    }
    return total <= 0 ? 0 : (int) Math.min(100, 100 * done / total);
  }

  LogJob at(Phase p, long d, long t) {
    return new LogJob(id, owner, processId, version, fileName, p, d, t, problems, result);
  }

  LogJob failed(List<String> why) {
    return new LogJob(id, owner, processId, version, fileName, Phase.FAILED, 0, 0, why, result);
  }

  LogJob finished(List<String> warnings, Result r) {
    return new LogJob(
        id, owner, processId, version, fileName, Phase.DONE, 1, 1, warnings, Optional.of(r));
  }
}
