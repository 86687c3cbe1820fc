package org.flowbook.people.coverage;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Role;
import org.flowbook.model.RoleTraining;
import org.flowbook.model.Workspace;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.status.Staleness;
import org.flowbook.training.version.Versions;

/**
 * Joins the stand-ins of a coverage report with the training records: who takes a step over without
 * a valid record for it. A record counts when it is for the step's process (or for that very step,
 * followed through renumbering), dated on or before the first day they step in, not made stale by a
 * later version that changed the work of the step's role (the staleness rule of {@code flowbook
 * training}), and still valid on the last day they step in (the record's own validity, else the
 * {@code giltig:} of the step's role). The newest such record decides.
 */
public final class StandInTraining {
  private final Workspace workspace;
  private final java.util.function.Supplier<Versions> versions;
  private Staleness staleness;
  private final Map<String, List<TrainingRecord>> byPersonAndProcess = new HashMap<>();
  private final Map<String, Period> validity = new HashMap<>();

  /**
   * @param versions the published versions of the processes ({@link Versions#current} without a
   *     repository)
   */
  public StandInTraining(Workspace workspace, Versions versions, List<TrainingRecord> records) {
    this(workspace, () -> versions, records);
  }

  /** With the versions made only when a stand-in has a record to judge (hashing is not free). */
  private StandInTraining(
      Workspace workspace,
      java.util.function.Supplier<Versions> versions,
      List<TrainingRecord> records) {
    this.workspace = workspace;
    this.versions = versions;
    for (TrainingRecord r : records) {
      byPersonAndProcess
          .computeIfAbsent(r.personKey() + "\u0000" + r.processId(), k -> new ArrayList<>())
          .add(r);
    }
  }

  /** The report with its untrained stand-ins found. */
  public static CoverageReport check(
      CoverageReport report, Workspace workspace, List<TrainingRecord> records) {
    return report.withTraining(
        new StandInTraining(workspace, () -> Versions.current(workspace), records)
            .findings(report));
  }

  public TrainingFindings findings(CoverageReport report) {
    List<UntrainedStandIn> out = new ArrayList<>();
    for (StepCover s : report.steps()) {
      for (StandIn in : s.standIns()) {
        judge(s, in).ifPresent(out::add);
      }
    }
    return new TrainingFindings(true, out);
  }

  /** The stand-in's shortfall on this step, or empty when a valid record covers it. */
  Optional<UntrainedStandIn> judge(StepCover step, StandIn in) {
    List<TrainingRecord> mine =
        byPersonAndProcess.getOrDefault(
            in.person().toLowerCase(Locale.ROOT) + "\u0000" + step.processId(), List.of());
    List<String> roles = List.of(step.role());
    Optional<TrainingRecord> newest =
        mine.stream()
            .filter(r -> !r.date().isAfter(in.firstDay()))
            .filter(r -> !r.isForStep() || step.stepId().equals(currentStep(r, roles)))
            .max(Comparator.comparing(TrainingRecord::date));
    if (newest.isEmpty()) {
      return Optional.of(new UntrainedStandIn(step, in, UntrainedStandIn.Reason.NEVER, ""));
    }
    TrainingRecord r = newest.get();
    if (staleness().judge(r, roles).stale()) {
      return Optional.of(
          new UntrainedStandIn(step, in, UntrainedStandIn.Reason.STALE, r.version()));
    }
    Period valid = r.validFor().isZero() ? roleValidity(step.role()) : r.validFor();
    if (!valid.isZero()) {
      LocalDate lastValid = r.date().plus(valid).minusDays(1);
      if (lastValid.isBefore(in.lastDay())) {
        return Optional.of(
            new UntrainedStandIn(step, in, UntrainedStandIn.Reason.EXPIRED, r.version()));
      }
    }
    return Optional.empty();
  }

  private String currentStep(TrainingRecord r, List<String> roles) {
    return staleness().judge(r, roles).currentStepId();
  }

  private Staleness staleness() {
    if (staleness == null) {
      staleness = new Staleness(versions.get());
    }
    return staleness;
  }

  private Period roleValidity(String role) {
    return validity.computeIfAbsent(
        role.toLowerCase(Locale.ROOT),
        k ->
            workspace
                .organization()
                .role(role)
                .map(Role::training)
                .orElse(RoleTraining.NONE)
                .validFor());
  }
}
