package org.flowbook.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.report.SimulationRun;
import org.flowbook.simulation.report.TextReport;
import org.flowbook.simulation.scenario.Scenario;
import org.flowbook.simulation.scenario.ScenarioApplier;
import org.junit.jupiter.api.Test;

/** The warm-up found by MSER on the demo workspace, and stated in the report. */
class WarmUpDetectionTest {

  @Test
  void theDemoWorkspaceGetsACutFromItsOwnSeriesAndTheReportSaysSo() {
    ScenarioApplier.Applied a =
        ScenarioApplier.apply(
            WhatIfTest.WS.workspace(),
            WhatIfTest.EXAMPLES.resolve("organization.flow"),
            Scenario.baseline("base"),
            CompileOptions.defaults(WhatIfTest.FROM));
    SimulationRun run =
        WhatIf.runDetectingWarmUp(
            "base", a.workspace(), a.options(), WhatIfTest.REQ, List.of(), d -> {});
    assertThat(run.warmUpDetected()).isTrue();
    // whole weeks, within the first half of the 8-week period
    long days = run.request().warmUp().toDays();
    assertThat(days % 7).isZero();
    assertThat(days).isBetween(0L, 28L);
    // the request's own warm-up (7 days) is replaced, not added to
    assertThat(run.request().warmUp()).isNotEqualTo(Duration.ofDays(7).plusDays(days));
    assertThat(TextReport.render(List.of(run), Language.EN))
        .contains("(found by MSER, weekly batches)");
    assertThat(TextReport.render(List.of(run), Language.SV))
        .contains("(funnen med MSER, veckovis)");
    // the daily series covers every day of the period
    assertThat(
            org.flowbook.simulation.engine.Simulation.run(run.model(), WhatIfTest.REQ)
                .get(0)
                .dailyOpenCases())
        .hasSize(56);
  }
}
