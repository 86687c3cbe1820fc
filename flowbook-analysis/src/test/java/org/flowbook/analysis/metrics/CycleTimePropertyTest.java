package org.flowbook.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.model.Workspace;
import org.flowbook.testkit.RandomModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contracts of the flow metrics over seeded random processes (the seed is in the test name). */
class CycleTimePropertyTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 120);
  }

  /** Fewer seeds for the simulation, which walks thousands of cases per seed. */
  static LongStream simulationSeeds() {
    return LongStream.rangeClosed(1, 40);
  }

  private static Process random(long seed) {
    RandomModels r = new RandomModels(seed);
    return r.process("p", 4 + (int) (seed % 14), List.of());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingWorkToAnyStepNeverLowersTheExpectedCycleTime(long seed) {
    Process p = random(seed);
    Workspace ws = new Workspace(new RandomModels(seed).organization(), List.of(p));
    FlowMetrics before = new FlowAnalyzer(ws).analyze(p);
    Random pick = new Random(seed);
    List<Step> work =
        p.steps().stream().filter(s -> s instanceof Activity || s instanceof Decision).toList();
    Step target = work.get(pick.nextInt(work.size()));
    Duration extra = Duration.ofMinutes(1 + pick.nextInt(600));
    Process more = withExtraWork(p, target.id(), extra, pick.nextBoolean());
    FlowMetrics after = new FlowAnalyzer(ws.withProcesses(List.of(more))).analyze(more);
    assertThat(after.cycleHours())
        .as("seed %d: %s more on step %s", seed, extra, target.id())
        .isGreaterThanOrEqualTo(before.cycleHours() - 1e-9);
    assertThat(after.effortHours()).isGreaterThanOrEqualTo(before.effortHours() - 1e-9);
    assertThat(Double.isFinite(after.cycleHours())).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void outcomesAddUpToOneAndEveryStepIsVisitedAtMostAsOftenAsLoopsAllow(long seed) {
    Process p = random(seed);
    FlowMetrics m =
        new FlowAnalyzer(new Workspace(new RandomModels(seed).organization(), List.of(p)))
            .analyze(p);
    double ends = m.outcomes().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(ends)
        .as("seed %d: probability of ending somewhere", seed)
        .isCloseTo(1, within(1e-6));
    assertThat(m.steps()).allSatisfy(s -> assertThat(s.visits()).isGreaterThanOrEqualTo(0));
  }

  /**
   * The exact solution agrees with a Monte Carlo walk of the same process (no parallel blocks or
   * calls, which the walk below does not model): 4,000 simulated cases, within five standard errors
   * of their mean.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("simulationSeeds")
  void exactCycleTimeAgreesWithSimulation(long seed) {
    Process p = random(seed);
    if (p.steps().stream().anyMatch(s -> s instanceof Parallel || s instanceof Call)) {
      return;
    }
    FlowMetrics m =
        new FlowAnalyzer(new Workspace(new RandomModels(seed).organization(), List.of(p)))
            .analyze(p);
    Random rnd = new Random(seed * 31 + 7);
    int cases = 4_000;
    double total = 0;
    double squares = 0;
    for (int c = 0; c < cases; c++) {
      String at = "start";
      double one = 0;
      for (int guard = 0; guard < 100_000; guard++) {
        Step s = p.step(at).orElseThrow();
        one += (s.task().workTime().toSeconds() + s.task().waitTime().toSeconds()) / 3600.0;
        var out = p.outgoing(at);
        if (out.isEmpty()) {
          break;
        }
        List<Double> shares = BranchShares.of(out);
        double u = rnd.nextDouble();
        int i = 0;
        while (i < shares.size() - 1 && u >= shares.get(i)) {
          u -= shares.get(i);
          i++;
        }
        at = out.get(i).to();
      }
      total += one;
      squares += one * one;
    }
    double simulated = total / cases;
    double stdError = Math.sqrt(Math.max(0, squares / cases - simulated * simulated) / cases);
    assertThat(m.cycleHours())
        .as("seed %d: exact %.3f h vs simulated %.3f h", seed, m.cycleHours(), simulated)
        .isCloseTo(simulated, within(5 * stdError + 1e-9));
  }

  static Process withExtraWork(Process p, String stepId, Duration extra, boolean asWait) {
    List<Step> steps = new ArrayList<>();
    for (Step s : p.steps()) {
      if (!s.id().equals(stepId)) {
        steps.add(s);
        continue;
      }
      Task t = s.task();
      Task more =
          asWait
              ? t.withTimes(t.workTime(), t.waitTime().plus(extra))
              : t.withTimes(t.workTime().plus(extra), t.waitTime());
      if (s instanceof Activity a) {
        steps.add(new Activity(a.id(), a.title(), more, a.type(), a.at()));
      } else if (s instanceof Decision d) {
        steps.add(new Decision(d.id(), d.title(), d.question(), more, d.kind(), d.at()));
      }
    }
    return p.withFlow(steps, p.flows());
  }
}
