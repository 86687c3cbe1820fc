package org.flowbook.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.WorkingHours;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.SourceText;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.simulation.calendar.SwedishHolidays;
import org.flowbook.simulation.calendar.WorkCalendar;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.report.JsonReport;
import org.flowbook.simulation.report.SimulationRun;
import org.flowbook.simulation.report.TextReport;
import org.flowbook.simulation.scenario.Scenario;
import org.flowbook.simulation.scenario.ScenarioApplier;
import org.flowbook.simulation.scenario.ScenarioParser;
import org.flowbook.simulation.stats.Estimate;
import org.junit.jupiter.api.Test;

/** The demo workspace simulated: repeatability, properties, scenarios and hostile input. */
class WhatIfTest {
  static final Path EXAMPLES = Path.of("..", "examples");
  static final LoadedWorkspace WS = WorkspaceLoader.loadFolder(EXAMPLES);
  static final LocalDate FROM = LocalDate.of(2027, 3, 1);
  static final SimulationRequest REQ =
      new SimulationRequest(
          FROM, FROM.plusWeeks(8).minusDays(1), Duration.ofDays(7), 6, 42, 0, 200_000);

  static SimulationRun run(String scenarioText, SimulationRequest req) {
    Scenario s =
        scenarioText == null
            ? Scenario.baseline("base")
            : ScenarioParser.parse(SourceText.of("t.scenario", scenarioText), EXAMPLES).scenario();
    ScenarioApplier.Applied a =
        ScenarioApplier.apply(
            WS.workspace(),
            EXAMPLES.resolve("organization.flow"),
            s,
            CompileOptions.defaults(LocalDate.of(2027, 1, 1)));
    assertThat(a.problems()).isEmpty();
    return WhatIf.run(s.name(), a.workspace(), a.options(), req, List.of(), d -> {});
  }

  @Test
  void aSeededRunIsByteIdenticalWhenRepeated() {
    String a = JsonReport.render(List.of(run(null, REQ)));
    String b = JsonReport.render(List.of(run(null, REQ)));
    assertThat(a).isEqualTo(b);
    String c =
        JsonReport.render(
            List.of(
                run(
                    null,
                    new SimulationRequest(REQ.from(), REQ.to(), REQ.warmUp(), 6, 43, 0, 200_000))));
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void everyStartedCaseEndsOrIsCountedOpen() {
    SimulationRun r = run(null, REQ);
    for (var p : r.summary().processes()) {
      assertThat(p.started()).isEqualTo(p.completed() + p.open());
    }
    assertThat(r.summary().process("purchase-approval").started()).isGreaterThan(100);
  }

  @Test
  void zeroVolumeGivesZeroUtilization() {
    SimulationRun r = run("scenario: Stilla\nvolym: alla −100 %\n", REQ);
    r.summary().roles().forEach(x -> assertThat(x.utilization().mean()).isZero());
    r.summary().processes().forEach(p -> assertThat(p.started()).isZero());
  }

  @Test
  void morePeopleNeverRaiseTheMeanWaitBeyondNoise() {
    SimulationRun one = run("scenario: En\nantal: Ekonomiassistent 1\n", REQ);
    SimulationRun three = run("scenario: Tre\nantal: Ekonomiassistent 3\n", REQ);
    for (int i = 0; i < one.summary().processes().size(); i++) {
      var a = one.summary().processes().get(i);
      var b = three.summary().processes().get(i);
      for (int s = 0; s < a.steps().size(); s++) {
        Estimate wa = a.steps().get(s).waitForPerson();
        Estimate wb = b.steps().get(s).waitForPerson();
        if (wa.n() >= 2 && wb.n() >= 2 && a.steps().get(s).role().equals("Ekonomiassistent")) {
          assertThat(wb.mean() <= wa.mean() || !Estimate.significantlyDifferent(wa, wb))
              .as("%s %s: %s vs %s", a.id(), a.steps().get(s).id(), wa, wb)
              .isTrue();
        }
      }
    }
  }

  @Test
  void theSummerScenarioRaisesTheBuyersLoadAndIsReadable() {
    SimulationRun base = run(null, REQ);
    SimulationRun summer =
        run(
            "scenario: Sommar\nvolym: Inköpsgodkännande +30 %\nantal: Inköpare −1 från 2027-03-01 till 2027-04-30\n",
            REQ);
    Estimate before = base.summary().role("Inköpare").utilization();
    Estimate after = summer.summary().role("Inköpare").utilization();
    // one of two buyers away and 30 % more purchases: 2 × 1.3 ≈ 2.6 times the load
    assertThat(after.mean() / before.mean()).isBetween(2.2, 3.0);
    String text = TextReport.render(List.of(base, summer), Language.SV);
    // The buyers' load is the certain effect; over six replications the purchase lead time (3,1 d
    // → 3,2 d with seed 42) moves less than Welch's test can tell from noise, and the text says so.
    assertThat(text)
        .contains("Jämförelse med base")
        .contains("Inköpsgodkännande: ledtiden ")
        .contains("Inköpare: beläggningen ");
  }

  @Test
  void overloadStopsAtTheLimitWithAWarning() {
    SimulationRun r =
        run(
            "scenario: Storm\nvolym: Leverantörsfakturor × 20\n",
            new SimulationRequest(FROM, FROM.plusWeeks(20), Duration.ZERO, 2, 1, 0, 2_000));
    assertThat(r.summary().stoppedEarly()).isEqualTo(2);
    String text = TextReport.render(List.of(r), Language.EN);
    assertThat(text).contains("2 of 2 replications stopped at 2,000 cases open at once");
  }

  @Test
  void unknownRolesAndNegativeVolumesAreLocatedErrors() {
    var parsed =
        ScenarioParser.parse(
            SourceText.of(
                "x.scenario",
                "scenario: X\nvolym: Inköpsgodkännande −130 %\nantal: Inkopare 1\nvolume: Nope +10 %\nbemanning: 3\n"),
            EXAMPLES);
    assertThat(parsed.problems())
        .extracting(Problem::headline)
        .containsExactly(
            "x.scenario:2:8: error[bad-volume]: the volume in 'Inköpsgodkännande −130 %' would be negative",
            "x.scenario:5:1: warning[unknown-field]: 'bemanning:' is not a scenario key; the line is ignored");
    var applied =
        ScenarioApplier.apply(
            WS.workspace(),
            EXAMPLES.resolve("organization.flow"),
            parsed.scenario(),
            CompileOptions.defaults(FROM));
    assertThat(applied.problems()).hasSize(2);
    assertThat(applied.problems().get(1).headline())
        .isEqualTo("x.scenario:3:8: error[unknown-role]: role 'Inkopare' is not declared");
    assertThat(applied.problems().get(1).hint()).isEqualTo("did you mean 'Inköpare'?");
    assertThat(applied.problems().get(0).headline())
        .isEqualTo(
            "x.scenario:4:9: error[unknown-process]: process 'Nope' is not in the workspace");
  }

  @Test
  void swedishHolidaysAndWorkingHours() {
    assertThat(SwedishHolidays.INSTANCE.isHoliday(LocalDate.of(2027, 6, 25)))
        .isTrue(); // midsommarafton
    assertThat(SwedishHolidays.INSTANCE.isHoliday(LocalDate.of(2027, 3, 26)))
        .isTrue(); // långfredag
    assertThat(SwedishHolidays.INSTANCE.isHoliday(LocalDate.of(2027, 5, 6)))
        .isTrue(); // Kristi himmelsfärd
    assertThat(SwedishHolidays.INSTANCE.isHoliday(LocalDate.of(2027, 11, 6)))
        .isTrue(); // alla helgons dag
    assertThat(SwedishHolidays.INSTANCE.isHoliday(LocalDate.of(2027, 6, 24))).isFalse();
    // 2027-03-22 is a Monday; 2 h of work started Friday 15:00 (Mar 26 is Good Friday) ...
    WorkCalendar cal =
        new WorkCalendar(LocalDate.of(2027, 3, 22), WorkingHours.OFFICE, SwedishHolidays.INSTANCE);
    double thursday15 = 3 * 86400 + 15 * 3600;
    // Thu 15:00–16:00, then Fri (holiday), weekend, Easter Monday (holiday): Tue 08:00–09:00
    assertThat(cal.advance(thursday15, 2 * 3600)).isEqualTo(8 * 86400 + 9 * 3600);
    assertThat(
            WorkingHours.parse("mån–tor 08:00–17:00, fre 08:00–15:00").orElseThrow().format(true))
        .isEqualTo("mån–tor 08:00–17:00, fre 08:00–15:00");
    assertThat(WorkingHours.parse("mon-fri 25:00-26:00")).isEmpty();
  }
}
