package org.flowbook.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.ModelCompiler;
import org.flowbook.simulation.engine.ReplicationResult;
import org.flowbook.simulation.engine.ReplicationResult.ProcessFigures;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.Simulation;
import org.flowbook.simulation.engine.SimulationRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random processes — two to seven steps over three roles, decisions to later steps, to an
 * end or back round a rework loop, calls of a second random process — written in the notation and
 * simulated: a run terminates, every started case ends (case-count mode runs until all have ended),
 * cases are conserved in a period run ({@code started = completed + open}), and a seed gives the
 * same figures twice.
 */
class RandomProcessPropertyTest {
  private static final String ORGANIZATION =
      """
      organisation: Slump
      språk: sv
      roll: R1
        antal: 2
      roll: R2
        antal: 1
      roll: R3
        antal: 3
      """;

  /** A valid random process text of id {@code id}, calling {@code callee} when not null. */
  static String process(SplittableRandom r, String id, String callee) {
    int n = 2 + r.nextInt(6);
    StringBuilder s =
        new StringBuilder("process: Slump ")
            .append(id)
            .append("\nid: ")
            .append(id)
            .append("\nvolym: ")
            .append(20 + r.nextInt(200))
            .append(" per månad\n\n");
    for (int i = 1; i <= n; i++) {
      s.append(i)
          .append(". Steg ")
          .append(i)
          .append("   [R")
          .append(1 + r.nextInt(3))
          .append("]   arbete ")
          .append(1 + r.nextInt(60))
          .append(" min");
      if (r.nextInt(4) == 0) {
        s.append(", väntan ").append(1 + r.nextInt(8)).append(" h");
      }
      s.append('\n');
      if (callee != null && i == 1) {
        s.append("   delprocess: ").append(callee).append('\n');
      }
      int kind = r.nextInt(5);
      if (callee != null && i == 1) {
        kind = 4; // a step that calls a process does not also decide (call-and-decision)
      }
      if (i < n && kind == 0) {
        int share = 10 + r.nextInt(80);
        int target = i + 1 + r.nextInt(n - i);
        s.append("   beslut: Vidare?\n     - ja (")
            .append(share)
            .append(" %) -> ")
            .append(target)
            .append("\n     - annars -> slut \"Avbrutet\"\n");
      } else if (i > 1 && kind == 1) {
        // a rework loop back to an earlier step, taken at most half of the time
        int share = 5 + r.nextInt(45);
        int back = 1 + r.nextInt(i - 1);
        s.append("   beslut: Rätt?\n     - nej (")
            .append(share)
            .append(" %) -> ")
            .append(back)
            .append("\n     - annars -> ")
            .append(i < n ? String.valueOf(i + 1) : "slut \"Klart\"")
            .append('\n');
      }
      s.append('\n');
    }
    return s.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void randomProcessesTerminateEndEveryCaseConserveCasesAndRepeat(long seed, @TempDir Path dir)
      throws Exception {
    SplittableRandom r = new SplittableRandom(seed);
    Files.writeString(dir.resolve("organization.flow"), ORGANIZATION);
    String callee = process(r, "del", null);
    String caller = process(r, "huvud", r.nextBoolean() ? "del" : null);
    Files.writeString(dir.resolve("del.flow"), callee);
    Files.writeString(dir.resolve("huvud.flow"), caller);
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    assertThat(ws.problems().stream().filter(p -> p.isError()).toList())
        .as(caller + "\n" + callee)
        .isEmpty();
    SimModel model =
        new ModelCompiler(CompileOptions.defaults(LocalDate.of(2027, 1, 1)))
            .compile(ws.workspace());
    LocalDate from = LocalDate.of(2027, 2, 1);

    // case-count mode: 300 cases of each process start, and the run goes on until all have ended
    SimulationRequest all =
        new SimulationRequest(from, from, Duration.ZERO, 2, seed, 300, 1_000_000);
    for (ReplicationResult rep : Simulation.run(model, all)) {
      assertThat(rep.stoppedEarly()).isFalse();
      for (ProcessFigures p : rep.processes()) {
        assertThat(p.open()).as(p.id()).isZero();
        assertThat(p.completed()).as(p.id()).isEqualTo(p.started());
        assertThat(p.started()).as(p.id()).isGreaterThanOrEqualTo(300);
      }
    }

    // a period: whatever is still running at the end is counted open, nothing is lost
    SimulationRequest period =
        new SimulationRequest(
            from, from.plusWeeks(6).minusDays(1), Duration.ofDays(7), 3, seed, 0, 1_000_000);
    List<ReplicationResult> first = Simulation.run(model, period);
    for (ReplicationResult rep : first) {
      for (ProcessFigures p : rep.processes()) {
        assertThat(p.started()).as(p.id()).isEqualTo(p.completed() + p.open());
      }
    }
    List<ReplicationResult> again = Simulation.run(model, period);
    for (int i = 0; i < first.size(); i++) {
      for (int k = 0; k < first.get(i).processes().size(); k++) {
        ProcessFigures a = first.get(i).processes().get(k);
        ProcessFigures b = again.get(i).processes().get(k);
        assertThat(b.started()).isEqualTo(a.started());
        assertThat(b.completed()).isEqualTo(a.completed());
        assertThat(Double.doubleToLongBits(b.meanCycle()))
            .isEqualTo(Double.doubleToLongBits(a.meanCycle()));
      }
      assertThat(again.get(i).events()).isEqualTo(first.get(i).events());
    }
  }
}
