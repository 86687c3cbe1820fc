package org.flowbook.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flowbook.model.Organization;
import org.flowbook.notation.SourceText;
import org.flowbook.people.absence.AbsenceSources;
import org.flowbook.people.absence.Absences;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.engine.Staffing;
import org.flowbook.simulation.report.SimulationRun;
import org.flowbook.simulation.scenario.Scenario;
import org.flowbook.simulation.scenario.ScenarioApplier;
import org.flowbook.simulation.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

/**
 * People and absences from the people model: a listed person of a role is not available on the days
 * frånvaro.flow says they are away (the demo: Emma Strand, Inköpare, 5–30 July 2027; Oskar Nyberg,
 * Inköpare, 21 June–2 July).
 */
class AbsenceStaffingTest {
  static final Organization ORG = WhatIfTest.WS.workspace().organization();
  static final Absences ABSENCES = load();

  static Absences load() {
    try {
      AbsenceSources.Loaded l =
          AbsenceSources.read(
              AbsenceSources.inWorkspace(WhatIfTest.EXAMPLES), ORG, LocalDate.of(2027, 12, 31));
      assertThat(l.problems()).isEmpty();
      return l.absences();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static int heads(String role, Staffing s, String day) {
    return s.heads(LocalDate.parse(day));
  }

  @Test
  void aRolesListedPeopleLessThoseAwayAreItsHeadsElseAntal() {
    Staffing buyers = Staffing.documented(ORG, ORG.role("Inköpare").orElseThrow(), ABSENCES);
    assertThat(heads("Inköpare", buyers, "2027-06-18")).isEqualTo(2);
    assertThat(heads("Inköpare", buyers, "2027-06-21")).isEqualTo(1); // Oskar away
    assertThat(heads("Inköpare", buyers, "2027-07-02")).isEqualTo(1); // his last day away
    assertThat(heads("Inköpare", buyers, "2027-07-04")).isEqualTo(2); // between the two
    assertThat(heads("Inköpare", buyers, "2027-07-15")).isEqualTo(1); // Emma away
    assertThat(heads("Inköpare", buyers, "2027-08-16")).isEqualTo(2);
    // Chef lists nobody: antal: 12 every day.
    Staffing chefs = Staffing.documented(ORG, ORG.role("Chef").orElseThrow(), ABSENCES);
    assertThat(heads("Chef", chefs, "2027-07-15")).isEqualTo(ORG.role("Chef").get().capacity());
    // Without absences, the listed people every day.
    assertThat(
            Staffing.documented(ORG, ORG.role("Inköpare").get(), Absences.none())
                .heads(LocalDate.parse("2027-07-15")))
        .isEqualTo(2);
  }

  @Test
  void aScenariosRelativeChangeShiftsThePeopleLessTheirAbsences() {
    Scenario s =
        ScenarioParser.parse(
                SourceText.of(
                    "t.scenario",
                    "scenario: X\nantal: Inköpare +1 från 2027-07-01 till 2027-07-31\n"),
                WhatIfTest.EXAMPLES)
            .scenario();
    ScenarioApplier.Applied a =
        ScenarioApplier.apply(
            WhatIfTest.WS.workspace(),
            WhatIfTest.EXAMPLES.resolve("organization.flow"),
            s,
            CompileOptions.defaults(LocalDate.of(2027, 1, 1)).withAbsences(ABSENCES));
    assertThat(a.problems()).isEmpty();
    Staffing st = a.options().staffing().get("inköpare");
    assertThat(st.heads(LocalDate.parse("2027-07-15"))).isEqualTo(2); // 1 present + 1
    assertThat(st.heads(LocalDate.parse("2027-06-28"))).isEqualTo(1); // outside the change
    assertThat(st.heads(LocalDate.parse("2027-08-16"))).isEqualTo(2);
  }

  @Test
  void theSummerDipShowsInTheWeeklyUtilizationOfTheBuyers() {
    LocalDate from = LocalDate.of(2027, 6, 7);
    SimulationRequest req =
        new SimulationRequest(
            from, LocalDate.of(2027, 8, 29), Duration.ofDays(7), 12, 5, 0, 200_000);
    Scenario base = Scenario.baseline("base");
    CompileOptions options = CompileOptions.defaults(LocalDate.of(2027, 1, 1));
    SimulationRun without =
        WhatIf.run("without", WhatIfTest.WS.workspace(), options, req, List.of(), d -> {});
    SimulationRun with =
        WhatIf.run(
            "with",
            WhatIfTest.WS.workspace(),
            options.withAbsences(ABSENCES),
            req,
            List.of(),
            d -> {});
    int july12 = (int) ChronoUnit.WEEKS.between(req.epoch(), LocalDate.of(2027, 7, 12));
    int june14 = (int) ChronoUnit.WEEKS.between(req.epoch(), LocalDate.of(2027, 6, 14));
    double[] a = without.summary().role("Inköpare").weeklyUtilization();
    double[] b = with.summary().role("Inköpare").weeklyUtilization();
    // One of two buyers away: the one left is about twice as busy that week ...
    assertThat(b[july12] / a[july12])
        .as(java.util.Arrays.toString(a) + " / " + java.util.Arrays.toString(b))
        .isBetween(1.6, 2.6);
    // ... and before anyone's holiday (the first absence starts 21 June) the same, within noise.
    assertThat(b[june14] / a[june14]).isBetween(0.85, 1.15);
    assertThat(base.name()).isEqualTo("base");
  }
}
