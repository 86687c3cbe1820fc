package org.flowbook.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Workspace;
import org.flowbook.notation.ProcessParser;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.coverage.CoverageAnalyzer;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.Granularity;
import org.flowbook.people.coverage.StandIn;
import org.flowbook.people.coverage.StandInTraining;
import org.flowbook.people.coverage.UntrainedStandIn;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.version.ProcessVersion;
import org.flowbook.training.version.Versions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-ins checked against training records, computed by hand. Anna Berg, the only buyer, is away
 * 16–20 August 2027 (no holiday); the buyer role's deputy is the finance manager Cecilia Lind, who
 * then takes over steps 1 and 2 for five working days.
 */
class StandInTrainingTest {
  @TempDir Path dir;

  private static final String ORGANIZATION =
      """
      roll: Inköpare
        ersättare: Ekonomichef
        giltig: 12 mån

      roll: Ekonomichef

      person: Anna Berg
        roller: Inköpare

      person: Cecilia Lind
        roller: Ekonomichef
      """;

  private static final String PROCESS =
      """
      process: Inköp
      id: buy
      version: 1.0

      1. Ta emot anmodan   [Inköpare]
      2. Lägg beställningen   [Inköpare]
      3. Attestera fakturan   [Ekonomichef]
      """;

  private static final LocalDate MON = LocalDate.of(2027, 8, 16);
  private static final LocalDate FRI = LocalDate.of(2027, 8, 20);

  private CoverageReport report(Workspace ws) {
    return new CoverageAnalyzer(ws, Fixtures.away("Anna Berg 2027-08-16 2027-08-20"), swedish())
        .analyze(MON, FRI, Granularity.WEEK);
  }

  private static WorkCalendar swedish() {
    return WorkCalendar.swedish();
  }

  @Test
  void theDeputyWhoStepsInIsTheStandInOfTheHoldersStepsOnly() {
    CoverageReport r = report(Fixtures.workspace(dir, ORGANIZATION, PROCESS));
    StandIn cecilia = new StandIn("Cecilia Lind", MON, FRI, 5);
    assertThat(r.steps().get(0).standIns()).containsExactly(cecilia);
    assertThat(r.steps().get(1).standIns()).containsExactly(cecilia);
    // Cecilia holds step 3 herself: she does not stand in for anybody there.
    assertThat(r.steps().get(2).standIns()).isEmpty();
    assertThat(r.training().recordsRead()).isFalse();
  }

  @Test
  void withoutARecordTheStandInWasNeverTrained() {
    Workspace ws = Fixtures.workspace(dir, ORGANIZATION, PROCESS);
    CoverageReport r =
        StandInTraining.check(
            report(ws), ws, List.of(record("Anna Berg", "", "1.0", "2027-01-10", Period.ZERO)));
    assertThat(r.training().recordsRead()).isTrue();
    assertThat(r.training().untrained())
        .extracting(u -> u.step().stepId(), u -> u.standIn().person(), UntrainedStandIn::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "Cecilia Lind", UntrainedStandIn.Reason.NEVER),
            org.assertj.core.groups.Tuple.tuple(
                "2", "Cecilia Lind", UntrainedStandIn.Reason.NEVER));
  }

  @Test
  void aCurrentProcessRecordCoversEveryStepAndAStepRecordOnlyItsStep() {
    Workspace ws = Fixtures.workspace(dir, ORGANIZATION, PROCESS);
    assertThat(
            StandInTraining.check(
                    report(ws),
                    ws,
                    List.of(record("Cecilia Lind", "", "1.0", "2027-01-10", Period.ZERO)))
                .training()
                .untrained())
        .isEmpty();
    assertThat(
            StandInTraining.check(
                    report(ws),
                    ws,
                    List.of(record("cecilia lind", "2", "1.0", "2027-01-10", Period.ZERO)))
                .training()
                .untrained())
        .extracting(u -> u.step().stepId())
        .containsExactly("1");
  }

  @Test
  void aRecordDatedAfterTheFirstDayDoesNotCountYet() {
    Workspace ws = Fixtures.workspace(dir, ORGANIZATION, PROCESS);
    CoverageReport r =
        StandInTraining.check(
            report(ws), ws, List.of(record("Cecilia Lind", "", "1.0", "2027-08-17", Period.ZERO)));
    assertThat(r.training().untrained())
        .extracting(UntrainedStandIn::reason)
        .containsOnly(UntrainedStandIn.Reason.NEVER)
        .hasSize(2);
  }

  @Test
  void theRolesValidityAndTheRecordsOwnDecideExpiry() {
    Workspace ws = Fixtures.workspace(dir, ORGANIZATION, PROCESS);
    // giltig: 12 mån from 2026-08-18: last valid day 2027-08-17, before Friday 2027-08-20.
    CoverageReport expired =
        StandInTraining.check(
            report(ws), ws, List.of(record("Cecilia Lind", "", "1.0", "2026-08-18", Period.ZERO)));
    assertThat(expired.training().untrained())
        .extracting(UntrainedStandIn::reason, UntrainedStandIn::trainedOn)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(UntrainedStandIn.Reason.EXPIRED, "1.0"))
        .hasSize(2);
    // Trained 2026-08-21: valid through 2027-08-20, the last day she stands in.
    assertThat(
            StandInTraining.check(
                    report(ws),
                    ws,
                    List.of(record("Cecilia Lind", "", "1.0", "2026-08-21", Period.ZERO)))
                .training()
                .untrained())
        .isEmpty();
    // The record's own validity (two years) overrides the role's twelve months.
    assertThat(
            StandInTraining.check(
                    report(ws),
                    ws,
                    List.of(record("Cecilia Lind", "", "1.0", "2026-08-18", Period.ofYears(2))))
                .training()
                .untrained())
        .isEmpty();
  }

  @Test
  void aLaterVersionThatChangesTheStepMakesTheRecordStale() {
    Workspace ws = Fixtures.workspace(dir, ORGANIZATION, PROCESS);
    var newer =
        ProcessParser.parse(
                "buy.flow",
                PROCESS
                    .replace("version: 1.0", "version: 2.0")
                    .replace("Lägg beställningen", "Lägg beställningen i portalen"))
            .process();
    Versions versions = Versions.current(ws).then(ProcessVersion.of("2.0", newer));
    CoverageReport r = report(ws.withProcesses(List.of(newer)));
    var findings =
        new StandInTraining(
                ws, versions, List.of(record("Cecilia Lind", "", "1.0", "2027-01-10", Period.ZERO)))
            .findings(r);
    assertThat(findings.untrained())
        .extracting(u -> u.step().stepId(), UntrainedStandIn::reason, UntrainedStandIn::trainedOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", UntrainedStandIn.Reason.STALE, "1.0"),
            org.assertj.core.groups.Tuple.tuple("2", UntrainedStandIn.Reason.STALE, "1.0"));
    // Trained on 2.0 as well: the newest record decides.
    assertThat(
            new StandInTraining(
                    ws,
                    versions,
                    List.of(
                        record("Cecilia Lind", "", "1.0", "2027-01-10", Period.ZERO),
                        record("Cecilia Lind", "", "2.0", "2027-03-10", Period.ZERO)))
                .findings(r)
                .untrained())
        .isEmpty();
  }

  @Test
  void theHandoverPackSaysWhoWouldStepInUntrained() {
    Workspace ws = Fixtures.workspace(dir, ORGANIZATION, PROCESS);
    var plan =
        org.flowbook.people.report.HandoverPlanner.plan(
            ws,
            Fixtures.away(),
            swedish(),
            "Anna Berg",
            MON,
            FRI,
            org.flowbook.model.Language.SV,
            java.util.Optional.of(
                List.of(record("Cecilia Lind", "1", "1.0", "2027-01-10", Period.ZERO))));
    assertThat(plan.steps())
        .extracting(s -> s.stepId() + ": " + String.join(" | ", s.cover()))
        .containsExactly(
            "1: V33: Cecilia Lind",
            "2: V33: Cecilia Lind | Utan giltig utbildning: Cecilia Lind — aldrig utbildad på"
                + " steget");
    // Without records nothing is said about training.
    assertThat(
            org.flowbook.people.report.HandoverPlanner.plan(
                    ws,
                    Fixtures.away(),
                    swedish(),
                    "Anna Berg",
                    MON,
                    FRI,
                    org.flowbook.model.Language.EN,
                    java.util.Optional.empty())
                .steps()
                .get(1)
                .cover())
        .containsExactly("W33: Cecilia Lind");
  }

  private static TrainingRecord record(
      String person, String step, String version, String date, Period valid) {
    return new TrainingRecord(
        person,
        "buy",
        step,
        version,
        LocalDate.parse(date),
        "Trainer",
        valid,
        SourceLocation.UNKNOWN);
  }
}
