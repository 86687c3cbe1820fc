package org.flowbook.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.flowbook.analysis.metrics.CycleTimePropertyTestAccess;
import org.flowbook.model.Activity;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;
import org.flowbook.testkit.RandomModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contracts of the change impact over seeded random workspaces. */
class DiffPropertyTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aProcessComparedWithItselfHasNoChanges(long seed) {
    Workspace ws = new RandomModels(seed).workspace(3);
    for (Process p : ws.processes()) {
      ProcessDiff d = new DiffAnalyzer(ws).compare(p, p, Optional.of(100.0));
      assertThat(d.isEmpty()).as("seed %d, process %s: %s", seed, p.id(), d.steps()).isTrue();
      assertThat(d.metricsAfter().cycleHours()).isEqualTo(d.metricsBefore().cycleHours());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void moreWorkOnOneStepIsExactlyOneChangedStep(long seed) {
    Workspace ws = new RandomModels(seed).workspace(1);
    Process p = ws.processes().get(0);
    List<Step> activities = p.steps().stream().filter(Activity.class::isInstance).toList();
    Step target = activities.get(new Random(seed).nextInt(activities.size()));
    Process changed =
        CycleTimePropertyTestAccess.withExtraWork(p, target.id(), Duration.ofMinutes(45));
    ProcessDiff d = new DiffAnalyzer(ws).compare(p, changed, Optional.empty());
    assertThat(d.steps())
        .as("seed %d", seed)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(StepChange.Kind.CHANGED);
              assertThat(s.newId()).isEqualTo(target.id());
              assertThat(s.fields()).extracting(FieldChange::field).containsExactly("work");
            });
    assertThat(d.roles()).isEmpty();
  }
}
