package org.flowbook.people.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Who can do each step and role during a period, per day or week: the result of {@link
 * CoverageAnalyzer}.
 *
 * @param holidays the public holidays in the period (empty when they are switched off)
 * @param withoutVolume processes left out of the demand because they state no volume
 * @param training the stand-ins without a valid training record ({@link StandInTraining})
 */
public record CoverageReport(
    String organization,
    LocalDate from,
    LocalDate to,
    Granularity by,
    List<Unit> units,
    List<RoleCover> roles,
    List<StepCover> steps,
    List<ChainFinding> chains,
    Map<LocalDate, String> holidays,
    List<String> withoutVolume,
    TrainingFindings training) {

  public CoverageReport {
    units = List.copyOf(units);
    roles = List.copyOf(roles);
    steps = List.copyOf(steps);
    chains = List.copyOf(chains);
    holidays = Map.copyOf(holidays);
    withoutVolume = List.copyOf(withoutVolume);
    training = training == null ? TrainingFindings.NOT_READ : training;
  }

  /** This report with what the training records say about its stand-ins. */
  public CoverageReport withTraining(TrainingFindings findings) {
    return new CoverageReport(
        organization, from, to, by, units, roles, steps, chains, holidays, withoutVolume, findings);
  }

  public List<StepCover> uncoveredSteps() {
    return steps.stream().filter(StepCover::uncoveredAnywhere).toList();
  }

  public List<StepCover> singlePersonSteps() {
    return steps.stream().filter(s -> !s.uncoveredAnywhere() && s.singleAnywhere()).toList();
  }

  public List<RoleCover> rolesUnderCapacity() {
    return roles.stream()
        .filter(r -> r.units().stream().anyMatch(RoleUnit::underCapacity))
        .toList();
  }

  /** Whether anything needs a manager's attention: a step without anybody, or a short role. */
  public boolean hasGaps() {
    return !uncoveredSteps().isEmpty() || !rolesUnderCapacity().isEmpty();
  }
}
