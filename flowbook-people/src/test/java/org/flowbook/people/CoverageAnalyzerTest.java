package org.flowbook.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.flowbook.model.Workspace;
import org.flowbook.people.absence.Absences;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.coverage.ChainFinding;
import org.flowbook.people.coverage.CoverageAnalyzer;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.Granularity;
import org.flowbook.people.coverage.RoleCover;
import org.flowbook.people.coverage.RoleUnit;
import org.flowbook.people.coverage.StepCover;
import org.flowbook.people.coverage.StepUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coverage cases computed by hand (the week of 16–20 August 2027 has no holiday). */
class CoverageAnalyzerTest {
  @TempDir Path dir;

  private static final String PROCESS =
      """
      process: Leverantörsfakturor
      id: lev
      volym: 100 per månad

      1. Registrera fakturan   [Ekonomiassistent]   arbete 1 h
      """;

  @Test
  void twoPeopleAndOneDeputyAcrossOverlappingAbsences() {
    Workspace ws =
        Fixtures.workspace(
            dir,
            """
            roll: Ekonomiassistent
              ersättare: Ekonomichef

            roll: Ekonomichef

            person: Anna Berg
              roller: Ekonomiassistent

            person: Bo Ek
              roller: Ekonomiassistent

            person: Cecilia Lind
              roller: Ekonomichef
            """,
            PROCESS);
    Absences away =
        Fixtures.away(
            "Anna Berg 2027-08-16 2027-08-18",
            "Bo Ek 2027-08-17 2027-08-20",
            "Cecilia Lind 2027-08-18 2027-08-18");
    CoverageAnalyzer analyzer = new CoverageAnalyzer(ws, away, WorkCalendar.swedish());

    // Mon: Bo + Cecilia. Tue: only Cecilia (a deputy, one person). Wed: nobody.
    // Thu, Fri: Anna + Cecilia.
    CoverageReport days = analyzer.analyze(date("2027-08-16"), date("2027-08-20"), Granularity.DAY);
    StepCover step = days.steps().get(0);
    assertThat(step.units())
        .containsExactly(
            new StepUnit(0, 0, 0, List.of("Bo Ek", "Cecilia Lind")),
            new StepUnit(0, 1, 1, List.of("Cecilia Lind")),
            new StepUnit(1, 0, 0, List.of()),
            new StepUnit(0, 0, 0, List.of("Anna Berg", "Cecilia Lind")),
            new StepUnit(0, 0, 0, List.of("Anna Berg", "Cecilia Lind")));

    CoverageReport week =
        analyzer.analyze(date("2027-08-16"), date("2027-08-20"), Granularity.WEEK);
    assertThat(week.units())
        .singleElement()
        .satisfies(u -> assertThat(u.label()).isEqualTo("2027-W33"));
    assertThat(week.steps().get(0).units())
        .containsExactly(new StepUnit(1, 1, 1, List.of("Bo Ek", "Cecilia Lind", "Anna Berg")));
    assertThat(week.uncoveredSteps()).hasSize(1);
    // Wednesday the chain Ekonomiassistent -> Ekonomichef ends in an absent person.
    assertThat(week.chains())
        .containsExactly(
            new ChainFinding(
                ChainFinding.Kind.ENDS_ABSENT,
                "Ekonomiassistent",
                List.of("Ekonomiassistent", "Ekonomichef"),
                date("2027-08-18"),
                1));
    RoleUnit assistants = role(week, "Ekonomiassistent").units().get(0);
    assertThat(assistants.fewestPresent()).isZero();
    assertThat(assistants.uncoveredSteps()).isEqualTo(1);
    // Present person-days: Mon 1, Tue 0, Wed 0, Thu 1, Fri 1 = 3 days x 8 h.
    assertThat(assistants.capacityHours()).isCloseTo(24, within(1e-9));
    // 100 h a month over 260/12 working days a month, 5 days.
    assertThat(assistants.demandHours()).isCloseTo(100 / (260.0 / 12) * 5, within(1e-9));
    assertThat(assistants.underCapacity()).isFalse();
  }

  @Test
  void aDeputyChainThatLoopsIsReported() {
    Workspace ws =
        Fixtures.workspace(
            dir,
            """
            roll: Ekonomiassistent
              ersättare: Redovisningsekonom

            roll: Redovisningsekonom
              ersättare: Ekonomiassistent

            person: Anna Berg
              roller: Ekonomiassistent

            person: Dan Holm
              roller: Redovisningsekonom
            """,
            PROCESS);
    Absences away =
        Fixtures.away("Anna Berg 2027-08-16 2027-08-17", "Dan Holm 2027-08-17 2027-08-18");
    CoverageReport r =
        new CoverageAnalyzer(ws, away, WorkCalendar.swedish())
            .analyze(date("2027-08-16"), date("2027-08-20"), Granularity.DAY);
    assertThat(r.steps().get(0).units())
        .extracting(StepUnit::nobodyDays)
        .containsExactly(0, 1, 0, 0, 0);
    assertThat(r.chains())
        .containsExactly(
            new ChainFinding(
                ChainFinding.Kind.LOOP,
                "Ekonomiassistent",
                List.of("Ekonomiassistent", "Redovisningsekonom", "Ekonomiassistent"),
                date("2027-08-17"),
                1));
  }

  @Test
  void aPartTimePersonGivesPartOfTheCapacity() {
    String org =
        """
        roll: Ekonomiassistent

        person: Anna Berg
          roller: Ekonomiassistent
          omfattning: 50 %
        """;
    Workspace ws = Fixtures.workspace(dir, org, PROCESS);
    CoverageReport r =
        new CoverageAnalyzer(ws, Absences.none(), WorkCalendar.swedish())
            .analyze(date("2027-08-16"), date("2027-08-20"), Granularity.WEEK);
    RoleUnit u = role(r, "Ekonomiassistent").units().get(0);
    // 0.5 x 40 h a week; demand 100 h / (260/12) x 5 = 23.08 h: short by 3 h.
    assertThat(u.capacityHours()).isCloseTo(20, within(1e-9));
    assertThat(u.utilization()).isCloseTo(100 / (260.0 / 12) * 5 / 20, within(1e-9));
    assertThat(u.underCapacity()).isTrue();
    assertThat(r.rolesUnderCapacity())
        .extracting(RoleCover::role)
        .containsExactly("Ekonomiassistent");
    // Present every day, alone: the step depends on one person.
    assertThat(r.singlePersonSteps()).hasSize(1);
  }

  @Test
  void midsummerEveIsNoWorkingDayUnlessHolidaysAreOff() {
    Workspace ws =
        Fixtures.workspace(
            dir,
            "roll: Ekonomiassistent\n\nperson: Anna Berg\n  roller: Ekonomiassistent\n",
            PROCESS);
    // Week 25 of 2027: Monday 21 June to Sunday 27 June; midsommarafton is Friday 25 June.
    CoverageReport swedish =
        new CoverageAnalyzer(ws, Absences.none(), WorkCalendar.swedish())
            .analyze(date("2027-06-21"), date("2027-06-27"), Granularity.WEEK);
    assertThat(swedish.units().get(0).workdays()).hasSize(4);
    assertThat(swedish.holidays())
        .containsEntry(date("2027-06-25"), "Midsommarafton")
        .containsEntry(date("2027-06-26"), "Midsommardagen");
    assertThat(role(swedish, "Ekonomiassistent").units().get(0).capacityHours())
        .isCloseTo(32, within(1e-9));
    CoverageReport plain =
        new CoverageAnalyzer(ws, Absences.none(), WorkCalendar.weekdays())
            .analyze(date("2027-06-21"), date("2027-06-27"), Granularity.WEEK);
    assertThat(plain.units().get(0).workdays()).hasSize(5);
    assertThat(plain.holidays()).isEmpty();
  }

  @Test
  void aStepsOwnDeputiesReplaceTheRolesAndPersonalDeputiesComeFirst() {
    Workspace ws =
        Fixtures.workspace(
            dir,
            """
            roll: Ekonomiassistent
              ersättare: Ekonomichef

            roll: Ekonomichef

            roll: Inköpare
              antal: 2

            person: Anna Berg
              roller: Ekonomiassistent
              ersätts av: Erik Lind

            person: Erik Lind
              roller: Ekonomichef

            person: Cecilia Lind
              roller: Ekonomichef
            """,
            """
            process: P
            id: p

            1. Registrera   [Ekonomiassistent]
               ersättare: Inköpare
            """);
    CoverageReport r =
        new CoverageAnalyzer(
                ws, Fixtures.away("Anna Berg 2027-08-16 2027-08-16"), WorkCalendar.swedish())
            .analyze(date("2027-08-16"), date("2027-08-16"), Granularity.DAY);
    // Erik covers Anna personally; then the step's deputy, a role known by its head count.
    assertThat(r.steps().get(0).units().get(0).who()).containsExactly("Erik Lind", "Inköpare");
    assertThat(r.steps().get(0).deputies()).containsExactly("Inköpare");
  }

  private static RoleCover role(CoverageReport r, String name) {
    return r.roles().stream().filter(x -> x.role().equals(name)).findFirst().orElseThrow();
  }

  private static LocalDate date(String s) {
    return LocalDate.parse(s);
  }
}
