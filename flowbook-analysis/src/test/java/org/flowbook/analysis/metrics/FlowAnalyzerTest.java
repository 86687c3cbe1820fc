package org.flowbook.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.flowbook.analysis.Fixtures;
import org.flowbook.model.Process;
import org.junit.jupiter.api.Test;

/** Hand-computed expected values for small processes (the arithmetic is in the comments). */
class FlowAnalyzerTest {
  private static final Offset<Double> EPS = within(1e-9);

  private static FlowMetrics metrics(Process p) {
    return new FlowAnalyzer(Fixtures.workspace(p)).analyze(p);
  }

  @Test
  void decisionSharesWithRemainderGivenToTheUnstatedBranch() {
    // Branches of step 2: 20 % -> 3, 5 % -> end, "otherwise" takes the remaining 75 % -> 4.
    // Visits: 1 = 1, 2 = 1, 3 = 0.2, 4 = 0.2 + 0.75 = 0.95.
    FlowMetrics m = metrics(Fixtures.process(Fixtures.PURCHASE));
    assertThat(m.step("3").orElseThrow().visits()).isCloseTo(0.2, EPS);
    assertThat(m.step("4").orElseThrow().visits()).isCloseTo(0.95, EPS);
    // Work: 10 + 15 + 0.2*10 + 0.95*20 = 46 min.
    assertThat(m.workHours()).isCloseTo(46 / 60.0, EPS);
    // Wait: 24 h + 0.2 * 48 h = 33.6 h.
    assertThat(m.waitHours()).isCloseTo(33.6, EPS);
    assertThat(m.cycleHours()).isCloseTo(33.6 + 46 / 60.0, EPS);
    // Handoffs: Requester->Manager 1, Manager->CFO 0.2, CFO->Buyer 0.2, Manager->Buyer 0.75.
    assertThat(m.handoffs()).isCloseTo(2.15, EPS);
    // Cost: 10/60*500 + 15/60*800 + 0.2*10/60*1200 + 0.95*20/60*600
    //     = 83.333.. + 200 + 40 + 190 = 513.333..
    assertThat(m.cost()).isCloseTo(83.0 + 1 / 3.0 + 200 + 40 + 190, EPS);
    assertThat(m.role("Buyer").orElseThrow().tasks()).isCloseTo(0.95, EPS);
    // Outcomes: 5 % rejected, 95 % ordered.
    assertThat(m.outcomes().values()).containsExactlyInAnyOrder(0.05, 0.95);
    // The typical case takes "otherwise" (75 %), not the CFO branch.
    assertThat(m.criticalPath()).containsSubsequence("1", "2", "4").doesNotContain("3");
    assertThat(m.flowEfficiency()).isCloseTo((46 / 60.0) / (33.6 + 46 / 60.0), EPS);
  }

  @Test
  void reworkLoopIsSolvedExactly() {
    // v1 = 1 + 0.3 v2 and v2 = v1, so v1 = v2 = 1/0.7; v3 = 0.7 v2 = 1.
    Process p =
        Fixtures.process(
            """
            process: Write a report
            language: en

            1. Write draft   [A]   work 60 min

            2. Review draft   [B]   work 30 min, wait 1 d
               decision: Good enough?
                 - yes (70 %) -> 3
                 - no, rework (30 %) -> 1

            3. Publish   [A]   work 15 min
            """);
    FlowMetrics m = metrics(p);
    double v = 1 / 0.7;
    assertThat(m.step("1").orElseThrow().visits()).isCloseTo(v, EPS);
    assertThat(m.step("3").orElseThrow().visits()).isCloseTo(1, EPS);
    // Work: v*(60 + 30) + 15 min; wait: v * 24 h.
    assertThat(m.workHours()).isCloseTo((v * 90 + 15) / 60, EPS);
    assertThat(m.waitHours()).isCloseTo(v * 24, EPS);
    // Handoffs: A->B v times, B->A back 0.3v times, B->A onwards 0.7v = 1 time.
    assertThat(m.handoffs()).isCloseTo(v + 0.3 * v + 1, EPS);
    // Cost: A works v*60 + 15 min at 600, B v*30 min at 900.
    assertThat(m.cost()).isCloseTo((v * 60 + 15) / 60 * 600 + v * 30 / 60 * 900, EPS);
  }

  @Test
  void parallelSectionTakesTheLongerBranchForTimeAndAllBranchesForWork() {
    Process p =
        Fixtures.process(
            """
            process: Onboarding
            language: en

            1. Prepare   [A]   work 30 min

            2. Start in parallel   parallel
               -> 3, 5

            3. Order computer   [IT]   work 30 min, wait 3 d

            4. Install computer   [IT]   work 1 h
               -> 6

            5. Order card   [R]   work 10 min
               -> 6

            6. All ready   join

            7. Welcome   [A]   work 1 h
            """);
    FlowMetrics m = metrics(p);
    // Branch 3-4: 1.5 h work + 72 h wait = 73.5 h; branch 5: 10 min. The longer one counts.
    assertThat(m.cycleHours()).isCloseTo(0.5 + 73.5 + 1, EPS);
    assertThat(m.workHours()).isCloseTo(0.5 + 1.5 + 1, EPS);
    assertThat(m.waitHours()).isCloseTo(72, EPS);
    // Effort counts both branches: 0.5 + 1.5 + 1/6 + 1 hours.
    assertThat(m.effortHours()).isCloseTo(3 + 1 / 6.0, EPS);
    // Handoffs: A->IT, A->R into the branches, IT->A after the join (the longer branch's role).
    assertThat(m.handoffs()).isCloseTo(3, EPS);
    assertThat(m.criticalPath()).containsSubsequence("1", "3", "4", "7").doesNotContain("5");
    assertThat(m.criticalPathHours()).isCloseTo(75, EPS);
    assertThat(m.step("5").orElseThrow().visits()).isCloseTo(1, EPS);
  }

  @Test
  void loopWithoutWayOutIsCutAndReported() {
    Process p =
        Fixtures.process(
            """
            process: Stuck
            language: en

            1. Ask   [A]   work 10 min

            2. Check   [B]   work 5 min
               decision: Done?
                 - again -> 3
                 - again too -> 3

            3. Redo   [A]   work 10 min
               -> 2
            """);
    FlowMetrics m = metrics(p);
    assertThat(m.caveats()).extracting(Caveat::kind).contains(Caveat.Kind.ENDLESS_LOOP);
    assertThat(Double.isFinite(m.cycleHours())).isTrue();
  }

  @Test
  void callAddsTheCalledProcess() {
    Process sub =
        Fixtures.process(
            """
            process: Sub
            id: sub
            language: en

            1. Do it   [B]   work 2 h, wait 1 d
            """);
    Process main =
        Fixtures.process(
            """
            process: Main
            id: main
            language: en

            1. Start it   [A]   work 1 h

            2. Run sub   [A]
               call: sub
            """);
    FlowMetrics m = new FlowAnalyzer(Fixtures.workspace(main, sub)).analyze(main);
    assertThat(m.cycleHours()).isCloseTo(1 + 2 + 24, EPS);
    assertThat(m.role("B").orElseThrow().workHours()).isCloseTo(2, EPS);
    // The called process's step "1" is not this process's step "1".
    assertThat(m.step("1").orElseThrow().visits()).isCloseTo(1, EPS);
    FlowMetrics own = new FlowAnalyzer(Fixtures.workspace(main, sub)).analyze(main, false);
    assertThat(own.cycleHours()).isCloseTo(1, EPS);
  }
}
