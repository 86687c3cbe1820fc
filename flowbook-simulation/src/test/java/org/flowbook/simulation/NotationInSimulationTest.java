package org.flowbook.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.flowbook.model.WorkingHours;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.Distribution;
import org.flowbook.simulation.engine.ModelCompiler;
import org.flowbook.simulation.engine.SimModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator uses what the notation says: work-time ranges and a role's arbetstid:. */
class NotationInSimulationTest {

  static SimModel compile(Path dir, CompileOptions options) throws Exception {
    Files.writeString(
        dir.resolve("organization.flow"),
        """
        organisation: Test
        språk: sv
        roll: Handläggare
          antal: 2
          arbetstid: mån–tor 07:00–16:00
        roll: Chef
        """);
    Files.writeString(
        dir.resolve("a.flow"),
        """
        process: Ärende
        id: arende
        volym: 100 per månad

        1. Registrera   [Handläggare]   arbete 10–30 min

        2. Besluta   [Chef]   arbete 20 min
        """);
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    assertThat(ws.problems()).isEmpty();
    return new ModelCompiler(options).compile(ws.workspace());
  }

  @Test
  void aRangeIsATriangularDistributionPeakingInTheMiddle(@TempDir Path dir) throws Exception {
    SimModel m = compile(dir, CompileOptions.defaults(LocalDate.of(2027, 1, 1)));
    System.err.println(
        m.processes().get(0).steps().stream()
            .map(s -> s.id() + ":" + s.role() + ":" + s.work())
            .toList());
    Distribution range = m.processes().get(0).steps().get(1).work();
    assertThat(range).isEqualTo(new Distribution.Triangular(600, 1200, 1800));
    // Samples stay inside the range and average its middle.
    SplittableRandom random = new SplittableRandom(7);
    double sum = 0;
    for (int i = 0; i < 100_000; i++) {
      double x = range.sample(random);
      assertThat(x).isBetween(600.0, 1800.0);
      sum += x;
    }
    assertThat(sum / 100_000).isCloseTo(1200, org.assertj.core.data.Offset.offset(5.0));
    // A single time keeps the default shape (lognormal around the time).
    assertThat(m.processes().get(0).steps().get(2).work())
        .isInstanceOf(Distribution.LogNormal.class);
  }

  @Test
  void theReportSaysThatRangesAreTriangular(@TempDir Path dir) throws Exception {
    compile(dir, CompileOptions.defaults(LocalDate.of(2027, 1, 1)));
    LocalDate from = LocalDate.of(2027, 3, 1);
    var run =
        WhatIf.run(
            "x",
            WorkspaceLoader.loadFolder(dir).workspace(),
            CompileOptions.defaults(LocalDate.of(2027, 1, 1)),
            new org.flowbook.simulation.engine.SimulationRequest(
                from, from.plusWeeks(3), java.time.Duration.ofDays(7), 2, 1, 0, 10_000),
            java.util.List.of(),
            d -> {});
    assertThat(
            org.flowbook.simulation.report.TextReport.render(
                java.util.List.of(run), org.flowbook.model.Language.SV))
        .contains("steg med ett intervall (arbete 10–30 min) triangelfördelade över intervallet");
  }

  @Test
  void aRolesOwnWorkingHoursAreItsCalendarAndAScenarioStillWins(@TempDir Path dir)
      throws Exception {
    WorkingHours own = WorkingHours.parse("mån–tor 07:00–16:00").orElseThrow();
    SimModel m = compile(dir, CompileOptions.defaults(LocalDate.of(2027, 1, 1)));
    assertThat(m.roles().get(0).hours()).isEqualTo(own);
    assertThat(m.roles().get(1).hours()).isEqualTo(WorkingHours.OFFICE);

    WorkingHours scenario = WorkingHours.parse("mon-fri 06:00-18:00").orElseThrow();
    CompileOptions withScenario =
        new CompileOptions(
            org.flowbook.simulation.engine.WorkShape.LOGNORMAL,
            WorkingHours.OFFICE,
            java.util.Map.of("Handläggare", scenario),
            true,
            java.util.Map.of(),
            java.util.Map.of(),
            LocalDate.of(2027, 1, 1));
    assertThat(compile(dir, withScenario).roles().get(0).hours()).isEqualTo(scenario);
  }
}
