package org.flowbook.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.flowbook.analysis.metrics.FlowAnalyzer;
import org.flowbook.model.Process;
import org.flowbook.model.WorkingHours;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.report.SimulationRun;
import org.flowbook.simulation.stats.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With people to spare (nobody ever waits for a person) and no calendars (work and arrivals around
 * the clock, no holidays), the simulated mean lead time is the analysis module's exact Markov
 * expectation — documented work plus documented waits, each step weighted by its expected visits,
 * rework loops included — within the 95 % confidence interval.
 */
class MarkovExpectationTest {
  private static final String ORGANIZATION =
      """
      organisation: Test
      språk: sv
      roll: Handläggare
        antal: 400
      roll: Chef
        antal: 400
      """;

  /**
   * By hand: step 2 is visited 1 / 0.7 times (30 % go round the loop through 3 and back), step 3
   * 0.3 / 0.7 times; so 0.5 h + (1 + 2) h × 10/7 + 1/3 h × 3/7 + 0.25 h = 5.1786 h.
   */
  private static final String PROCESS =
      """
      process: Ärende
      id: arende
      volym: 3000 per månad

      1. Registrera   [Handläggare]   arbete 30 min

      2. Granska   [Chef]   arbete 1 h, väntan 2 h
         beslut: Komplett?
           - nej (30 %) -> 3
           - annars -> 4

      3. Komplettera   [Handläggare]   arbete 20 min
         -> 2

      4. Besluta   [Chef]   arbete 15 min
      """;

  private static final double BY_HAND_HOURS = 0.5 + 3.0 * 10 / 7 + (1.0 / 3) * 3 / 7 + 0.25;

  @Test
  void theSimulatedMeanLeadTimeIsTheMarkovExpectationWithinItsInterval(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("organization.flow"), ORGANIZATION);
    Files.writeString(dir.resolve("arende.flow"), PROCESS);
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    assertThat(ws.problems()).isEmpty();
    Process p = ws.workspace().processes().get(0);
    double markov = new FlowAnalyzer(ws.workspace()).analyze(p).cycleHours();
    assertThat(markov).isCloseTo(BY_HAND_HOURS, within(1e-9));

    LocalDate from = LocalDate.of(2027, 1, 4);
    CompileOptions options =
        CompileOptions.defaults(LocalDate.of(2027, 1, 1)).withHours(WorkingHours.ALWAYS, false);
    SimulationRun run =
        WhatIf.run(
            "markov",
            ws.workspace(),
            options,
            new SimulationRequest(
                from, from.plusWeeks(8).minusDays(1), Duration.ofDays(1), 12, 5, 0, 1_000_000),
            List.of(),
            done -> {});
    var summary = run.summary().processes().get(0);
    Estimate cycle = summary.cycleMean();
    // nobody waited for a person: the capacity is ample indeed
    assertThat(summary.steps())
        .allSatisfy(s -> assertThat(s.waitForPerson().mean()).isLessThan(1.0));
    assertThat(cycle.n()).isEqualTo(12);
    assertThat(cycle.halfWidth()).isLessThan(0.02 * markov * 3600);
    assertThat(cycle.contains(markov * 3600))
        .as(
            "mean %.4f h, CI %.4f–%.4f h, Markov %.4f h",
            cycle.mean() / 3600, cycle.low() / 3600, cycle.high() / 3600, markov)
        .isTrue();
  }
}
