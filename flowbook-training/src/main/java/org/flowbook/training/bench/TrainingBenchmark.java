package org.flowbook.training.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.flowbook.model.Activity;
import org.flowbook.model.End;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.RoleShare;
import org.flowbook.model.RoleTraining;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.model.Workspace;
import org.flowbook.training.curriculum.Curricula;
import org.flowbook.training.curriculum.Curriculum;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.report.MatrixReport;
import org.flowbook.training.status.MatrixBuilder;
import org.flowbook.training.status.TrainingMatrix;
import org.flowbook.training.status.TrainingStatus;
import org.flowbook.training.version.ProcessVersion;
import org.flowbook.training.version.Versions;

/**
 * The training matrix of a large synthetic organization: people with one or two roles, processes
 * whose steps are spread over the roles, a second version of every third process (one step's
 * instructions changed), and records for most required cells, some on the old version, some long
 * ago. One run builds the matrix from scratch (curricula, diffs, staleness, validity) and renders
 * it as HTML, as the server would for a request. Run by {@code flowbook bench training}.
 */
public final class TrainingBenchmark {
  private TrainingBenchmark() {}

  /** The organization, the versions and the records of one benchmark. */
  public record Subject(Workspace workspace, Versions versions, List<TrainingRecord> records) {}

  /** One measurement. */
  public record Row(
      int people,
      int processes,
      int records,
      int cells,
      double medianMs,
      double minMs,
      double medianCpuMs,
      int stale,
      int expired,
      int missing) {}

  public static Subject synthetic(int people, int processes, int roles, int steps, long seed) {
    Random r = new Random(seed);
    List<Role> roleList = new ArrayList<>();
    for (int i = 0; i < roles; i++) {
      RoleTraining t =
          i % 4 == 0
              ? new RoleTraining(List.of("Kurs " + i), Period.ofMonths(12))
              : RoleTraining.NONE;
      roleList.add(Role.named("Roll " + i).withTraining(t));
    }
    List<Person> personList = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      List<String> held =
          r.nextInt(4) == 0
              ? List.of("Roll " + (i % roles), "Roll " + r.nextInt(roles))
              : List.of("Roll " + (i % roles));
      personList.add(
          new Person(
              "Person " + i,
              "",
              RoleShare.equal(held.stream().distinct().toList()),
              1,
              List.of(),
              SourceLocation.UNKNOWN));
    }
    List<Process> processList = new ArrayList<>();
    List<Process> changed = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      String[] performers = new String[steps];
      for (int k = 0; k < steps; k++) {
        performers[k] = "Roll " + r.nextInt(roles);
      }
      processList.add(process(p, performers, -1));
      if (p % 3 == 0) {
        changed.add(process(p, performers, r.nextInt(steps)));
      }
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
    Workspace ws = new Workspace(org, processList);
    Versions versions = Versions.current(ws);
    for (Process p : changed) {
      versions = versions.then(ProcessVersion.labelled(p));
    }
    List<TrainingRecord> records = new ArrayList<>();
    LocalDate base = LocalDate.of(2026, 1, 1);
    java.util.Map<String, Curriculum> byRole = new java.util.HashMap<>();
    for (Person p : personList) {
      for (RoleShare rs : p.roles()) {
        Curriculum c = byRole.computeIfAbsent(rs.role(), k -> Curricula.of(ws, k));
        c.processes()
            .forEach(
                cp -> {
                  if (r.nextInt(10) > 0) {
                    records.add(
                        TrainingRecord.of(
                            p.name(),
                            cp.processId(),
                            "1",
                            base.plusDays(r.nextInt(700)),
                            "Utbildare " + r.nextInt(50)));
                  }
                });
      }
    }
    return new Subject(ws, versions, records);
  }

  /** Version 1 of process {@code p}; with {@code changedStep} ≥ 0 version 2, that step reworded. */
  private static Process process(int p, String[] performers, int changedStep) {
    List<Step> s = new ArrayList<>();
    List<Flow> f = new ArrayList<>();
    s.add(new Start("start", "", EventTrigger.NONE, SourceLocation.UNKNOWN));
    String prev = "start";
    for (int k = 0; k < performers.length; k++) {
      String id = String.valueOf(k + 1);
      Task t =
          Task.by(performers[k])
              .withTimes(Duration.ofMinutes(10), Duration.ZERO)
              .withInstructions(
                  List.of(k == changedStep ? "Gör så här, nu med en kontroll." : "Gör så här."));
      s.add(new Activity(id, "Steg " + (k + 1), t));
      f.add(Flow.of(prev, id));
      prev = id;
    }
    s.add(new End("end", "", EventTrigger.NONE, SourceLocation.UNKNOWN));
    f.add(Flow.of(prev, "end"));
    return new Process(
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
        changedStep >= 0 ? "2" : "1",
        null,
        s,
        f,
        SourceLocation.UNKNOWN);
  }

  /** Builds and renders the matrix: {@code warmup} unmeasured runs, then {@code runs}. */
  public static Row measure(Subject s, int warmup, int runs, LocalDate asOf) {
    TrainingMatrix last = null;
    for (int i = 0; i < warmup; i++) {
      last = once(s, asOf);
    }
    double[] ms = new double[runs];
    double[] cpu = new double[runs];
    // CPU time of this thread as well as wall time: on a machine shared with other builds the
    // wall time measures the queue for a core as much as the work.
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < runs; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      last = once(s, asOf);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    var counts = last.counts();
    return new Row(
        last.people().size(),
        last.processes().size(),
        s.records().size(),
        last.people().size() * last.processes().size(),
        ms[runs / 2],
        ms[0],
        cpu[runs / 2],
        counts.get(TrainingStatus.STALE),
        counts.get(TrainingStatus.EXPIRED),
        counts.get(TrainingStatus.MISSING));
  }

  private static TrainingMatrix once(Subject s, LocalDate asOf) {
    TrainingMatrix m = new MatrixBuilder(s.workspace(), s.versions()).build(s.records(), asOf);
    if (MatrixReport.html(m, Language.SV).isEmpty()) {
      throw new IllegalStateException("no page");
    }
    return m;
  }
}
