package org.flowbook.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.model.Language;
import org.flowbook.simulation.WhatIfTestAccess;
import org.flowbook.simulation.summary.Summary.ProcessSummary;
import org.flowbook.simulation.summary.Summary.StepSummary;
import org.junit.jupiter.api.Test;

/** The HTML report's flowcharts with waiting for a person as a heat overlay. */
class WaitingHeatTest {
  static final SimulationRun RUN = WhatIfTestAccess.baseline();

  @Test
  void theLongestWaitIsTheDarkestStepAndEveryMarkedStepCarriesItsWait() {
    ProcessSummary p = RUN.summary().process("purchase-approval");
    Words w = new Words(Language.SV);
    Overlay o = WaitingHeat.overlay(p, w);
    StepSummary longest =
        p.steps().stream()
            .filter(s -> !Double.isNaN(s.waitForPerson().mean()))
            .max(java.util.Comparator.comparingDouble(s -> s.waitForPerson().mean()))
            .orElseThrow();
    assertThat(o.step(longest.id()).heat()).isEqualTo(1.0);
    assertThat(o.heatHigh()).isEqualTo(w.duration(longest.waitForPerson().mean()));
    for (StepSummary s : p.steps()) {
      double wait = s.waitForPerson().mean();
      if (!Double.isNaN(wait) && wait >= WaitingHeat.LEAST) {
        assertThat(o.step(s.id()).heat())
            .isCloseTo(
                wait / longest.waitForPerson().mean(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(o.step(s.id()).badge()).isEqualTo(w.duration(wait));
      } else {
        assertThat(o.step(s.id()).heat()).isZero();
      }
    }
  }

  @Test
  void theHtmlReportDrawsTheChartsAndAModelWithoutSourcesDrawsNone() {
    String html = HtmlReport.render(List.of(RUN), Language.EN);
    assertThat(html)
        .contains("Waiting for a free person in the flowchart")
        .contains("<figure class=\"flowchart\">")
        .contains("Waiting for a free person per step");
    SimulationRun bare =
        new SimulationRun(
            RUN.name(),
            RUN.organization(),
            RUN.currency(),
            RUN.model(),
            RUN.request(),
            RUN.shape(),
            RUN.summary(),
            RUN.warnings());
    assertThat(HtmlReport.render(List.of(bare), Language.EN))
        .doesNotContain("<figure class=\"flowchart\">");
  }
}
