package org.flowbook.mining.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbook.mining.conformance.ActivityMatcher;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.model.Activity;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.Risk;
import org.flowbook.model.RiskScore;
import org.flowbook.model.Task;
import org.junit.jupiter.api.Test;

/** Calibrating a documented process from a log keeps its risks (issue 19): they are not figures. */
class CalibrationRisksTest {
  @Test
  void theProcessAndStepRisksSurviveCalibration() {
    Risk own = new Risk("Flödet stannar", "", new RiskScore(2, 3), null, null, List.of(), null);
    Risk step =
        new Risk("Fel belopp", "", new RiskScore(3, 4), new RiskScore(1, 4), null, List.of(), null);
    Process documented =
        Process.of(
                "p",
                "P",
                List.of(
                    new Activity("a", "a", Task.by("X").withRisks(List.of(step))),
                    new Activity("b", "b", Task.by("Y"))),
                List.of(new Flow("a", "b", "", null, false, null)))
            .withRisks(List.of(own));
    EventLogBuilder b = new EventLogBuilder();
    for (String c : List.of("1", "2")) {
      b.add(b.caseNumber(c), b.activityNumber("a"), 0, b.resourceNumber("X"), 0);
      b.add(b.caseNumber(c), b.activityNumber("b"), 60_000, b.resourceNumber("Y"), 0);
    }
    EventLog log = b.build();
    Process calibrated = Calibration.of(documented, log, ActivityMatcher.byName()).process();
    assertThat(calibrated.risks()).containsExactly(own);
    assertThat(calibrated.step("a").orElseThrow().risks()).containsExactly(step);
  }
}
