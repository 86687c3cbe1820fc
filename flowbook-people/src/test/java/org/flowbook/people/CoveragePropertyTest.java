package org.flowbook.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.RoleShare;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.Absences;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.coverage.CoverageAnalyzer;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.Granularity;
import org.flowbook.people.coverage.StepCover;
import org.flowbook.people.coverage.StepUnit;
import org.flowbook.testkit.RandomModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over seeded random organizations, people and summers of absences. */
class CoveragePropertyTest {
  private static final LocalDate FROM = LocalDate.of(2027, 6, 21);
  private static final LocalDate TO = LocalDate.of(2027, 8, 15);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPresentDeputyNeverAddsUncoveredDays(long seed) {
    Workspace ws = workspace(seed);
    Absences away = absences(ws.organization(), seed);
    CoverageReport before = analyze(ws, away, Granularity.DAY);

    Person extra =
        new Person(
            "Alltid Här",
            "",
            List.of(new RoleShare(ws.organization().roles().get(0).name(), 1)),
            1,
            List.of(),
            SourceLocation.UNKNOWN);
    List<Person> people = new ArrayList<>(ws.organization().people());
    people.add(extra);
    List<Role> roles = new ArrayList<>();
    for (Role r : ws.organization().roles()) {
      List<String> d = new ArrayList<>(r.deputies());
      d.add(extra.name());
      roles.add(r.withDeputies(d));
    }
    List<Process> processes = new ArrayList<>();
    for (Process p : ws.processes()) {
      List<Step> steps = new ArrayList<>();
      for (Step s : p.steps()) {
        steps.add(s);
      }
      processes.add(p);
    }
    Workspace more =
        new Workspace(ws.organization().withRoles(roles).withPeople(people), processes);
    CoverageReport after = analyze(more, away, Granularity.DAY);
    for (int i = 0; i < before.steps().size(); i++) {
      StepCover b = before.steps().get(i);
      StepCover a = after.steps().get(i);
      for (int u = 0; u < b.units().size(); u++) {
        assertThat(a.units().get(u).nobodyDays())
            .as(
                "seed %d, step %s/%s, %s",
                seed, b.processId(), b.stepId(), before.units().get(u).label())
            .isLessThanOrEqualTo(b.units().get(u).nobodyDays());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withoutAbsencesEveryDayIsTheYearRound(long seed) {
    Workspace ws = workspace(seed);
    CoverageReport summer = analyze(ws, Absences.none(), Granularity.WEEK);
    // The year round: one ordinary working day with everyone present.
    CoverageReport ordinary =
        new CoverageAnalyzer(ws, Absences.none(), WorkCalendar.swedish())
            .analyze(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 3), Granularity.DAY);
    for (int i = 0; i < summer.steps().size(); i++) {
      StepUnit year = ordinary.steps().get(i).units().get(0);
      for (int u = 0; u < summer.units().size(); u++) {
        StepUnit s = summer.steps().get(i).units().get(u);
        int days = summer.units().get(u).workdays().size();
        assertThat(s.who()).as("seed %d", seed).isEqualTo(days == 0 ? List.of() : year.who());
        assertThat(s.nobodyDays()).isEqualTo(year.nobodyDays() * days);
        assertThat(s.singleDays()).isEqualTo(year.singleDays() * days);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPeriodIsTheUnionOfItsWeeks(long seed) {
    Workspace ws = workspace(seed);
    Absences away = absences(ws.organization(), seed);
    CoverageAnalyzer analyzer = new CoverageAnalyzer(ws, away, WorkCalendar.swedish());
    CoverageReport whole = analyzer.analyze(FROM, TO, Granularity.DAY);
    List<List<StepUnit>> joined = new ArrayList<>();
    whole.steps().forEach(s -> joined.add(new ArrayList<>()));
    for (LocalDate monday = FROM; !monday.isAfter(TO); monday = monday.plusWeeks(1)) {
      LocalDate sunday = monday.with(DayOfWeek.SUNDAY);
      CoverageReport week =
          analyzer.analyze(monday, sunday.isAfter(TO) ? TO : sunday, Granularity.DAY);
      for (int i = 0; i < week.steps().size(); i++) {
        joined.get(i).addAll(week.steps().get(i).units());
      }
    }
    for (int i = 0; i < whole.steps().size(); i++) {
      assertThat(joined.get(i)).as("seed %d", seed).isEqualTo(whole.steps().get(i).units());
    }
    assertThat(analyzer.analyze(FROM, TO, Granularity.WEEK).uncoveredSteps())
        .as("seed %d: a step is uncovered in the period iff on some day", seed)
        .hasSameSizeAs(whole.uncoveredSteps());
  }

  private static CoverageReport analyze(Workspace ws, Absences away, Granularity by) {
    return new CoverageAnalyzer(ws, away, WorkCalendar.swedish()).analyze(FROM, TO, by);
  }

  static Workspace workspace(long seed) {
    RandomModels random = new RandomModels(seed);
    Organization org = random.organizationWithPeople();
    return new Workspace(org, random.workspace(4).processes());
  }

  /** Each person away for 0–3 random stretches of 1–20 days in the summer. */
  static Absences absences(Organization org, long seed) {
    Random r = new Random(seed);
    List<Absence> list = new ArrayList<>();
    for (Person p : org.people()) {
      for (int i = r.nextInt(4); i > 0; i--) {
        LocalDate from = FROM.plusDays(r.nextInt(56));
        list.add(new Absence(p.name(), from, from.plusDays(r.nextInt(20)), SourceLocation.UNKNOWN));
      }
    }
    return Absences.of(list);
  }
}
