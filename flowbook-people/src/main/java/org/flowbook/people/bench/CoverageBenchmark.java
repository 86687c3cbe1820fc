package org.flowbook.people.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.flowbook.model.Activity;
import org.flowbook.model.End;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.RoleShare;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.model.Workspace;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.Absences;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.coverage.CoverageAnalyzer;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.Granularity;
import org.flowbook.people.coverage.StandInTraining;
import org.flowbook.training.record.TrainingRecord;

/**
 * The coverage benchmark of {@code flowbook bench people}: a synthetic organization (people, roles
 * with deputies, processes with volumes, a year of absences, training records) analyzed for a whole
 * year by day, the stand-ins checked against the training records.
 */
public final class CoverageBenchmark {
  private CoverageBenchmark() {}

  /** A synthetic organization and its absences. */
  public record Subject(
      Workspace workspace, Absences absences, int steps, List<TrainingRecord> records) {}

  /** One measurement: the median and fastest time of the coverage in milliseconds. */
  public record Row(
      int people,
      int roles,
      int processes,
      int steps,
      int absences,
      double medianMs,
      double minMs,
      double medianCpuMs,
      int uncoveredSteps,
      int records,
      int untrainedStandIns) {}

  public static Subject synthetic(
      int people, int roles, int processes, int stepsPerProcess, long seed) {
    Random r = new Random(seed);
    List<Role> roleList = new ArrayList<>();
    for (int i = 0; i < roles; i++) {
      List<String> deputies = r.nextInt(3) == 0 ? List.of("Roll " + r.nextInt(roles)) : List.of();
      roleList.add(new Role("Roll " + i, "", 1, 600, 40, SourceLocation.UNKNOWN, deputies));
    }
    List<Person> personList = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      List<RoleShare> shares =
          r.nextInt(5) == 0
              ? List.of(
                  new RoleShare("Roll " + (i % roles), 0.7),
                  new RoleShare("Roll " + r.nextInt(roles), 0.3))
              : List.of(new RoleShare("Roll " + (i % roles), 1));
      List<String> cover =
          i > 0 && r.nextInt(4) == 0 ? List.of("Person " + r.nextInt(i)) : List.of();
      personList.add(
          new Person(
              "Person " + i,
              "",
              shares,
              r.nextInt(5) == 0 ? 0.8 : 1,
              cover,
              SourceLocation.UNKNOWN));
    }
    List<Process> processList = new ArrayList<>();
    int steps = 0;
    for (int p = 0; p < processes; p++) {
      List<Step> s = new ArrayList<>();
      List<Flow> f = new ArrayList<>();
      s.add(new Start("start", "", org.flowbook.model.EventTrigger.NONE, SourceLocation.UNKNOWN));
      String prev = "start";
      for (int k = 1; k <= stepsPerProcess; k++) {
        String id = String.valueOf(k);
        Task t =
            Task.by("Roll " + r.nextInt(roles))
                .withTimes(Duration.ofMinutes(5 + r.nextInt(60)), Duration.ZERO)
                .withDeputies(r.nextInt(8) == 0 ? List.of("Roll " + r.nextInt(roles)) : List.of());
        s.add(new Activity(id, "Steg " + k, t));
        f.add(Flow.of(prev, id));
        prev = id;
        steps++;
      }
      s.add(new End("end", "", org.flowbook.model.EventTrigger.NONE, SourceLocation.UNKNOWN));
      f.add(Flow.of(prev, "end"));
      processList.add(
          new Process(
              "p" + p,
              "Process " + p,
              "",
              "",
              "",
              "",
              List.of(),
              "",
              null,
              null,
              null,
              "1.0",
              (double) (20 + r.nextInt(200)),
              s,
              f,
              SourceLocation.UNKNOWN));
    }
    Organization org =
        new Organization(
            "Bench AB",
            Language.SV,
            "kr",
            roleList,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            SourceLocation.UNKNOWN,
            personList);
    List<Absence> absences = new ArrayList<>();
    LocalDate jan = LocalDate.of(2027, 1, 1);
    for (Person p : personList) {
      for (int k = r.nextInt(4); k > 0; k--) {
        LocalDate from = jan.plusDays(r.nextInt(365));
        absences.add(
            new Absence(p.name(), from, from.plusDays(r.nextInt(25)), SourceLocation.UNKNOWN));
      }
    }
    // Each person trained on five processes, whichever they are.
    List<TrainingRecord> records = new ArrayList<>();
    for (Person p : personList) {
      for (int k = 0; k < 5; k++) {
        records.add(
            TrainingRecord.of(
                p.name(), "p" + r.nextInt(processes), "1.0", LocalDate.of(2026, 1, 5), "Bench"));
      }
    }
    return new Subject(new Workspace(org, processList), Absences.of(absences), steps, records);
  }

  /** Times the coverage of 2027 by day: {@code warmup} unmeasured runs, then {@code runs}. */
  public static Row measure(Subject s, int warmup, int runs) {
    CoverageAnalyzer analyzer =
        new CoverageAnalyzer(s.workspace(), s.absences(), WorkCalendar.swedish());
    LocalDate from = LocalDate.of(2027, 1, 1);
    LocalDate to = LocalDate.of(2027, 12, 31);
    CoverageReport last = null;
    for (int i = 0; i < warmup; i++) {
      last =
          StandInTraining.check(
              analyzer.analyze(from, to, Granularity.DAY), s.workspace(), s.records());
    }
    double[] ms = new double[runs];
    double[] cpu = new double[runs];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < runs; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      last =
          StandInTraining.check(
              analyzer.analyze(from, to, Granularity.DAY), s.workspace(), s.records());
      ms[i] = (System.nanoTime() - t0) / 1e6;
      // CPU time of this thread: on a shared, busy machine the wall time says more about the
      // neighbours than about the code.
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    return new Row(
        s.workspace().organization().people().size(),
        s.workspace().organization().roles().size(),
        s.workspace().processes().size(),
        s.steps(),
        s.absences().all().size(),
        ms[runs / 2],
        ms[0],
        cpu[runs / 2],
        last == null ? 0 : last.uncoveredSteps().size(),
        s.records().size(),
        last == null ? 0 : last.training().untrained().size());
  }
}
