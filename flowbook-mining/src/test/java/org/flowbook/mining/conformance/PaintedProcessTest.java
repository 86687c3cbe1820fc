package org.flowbook.mining.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.flowbook.mining.analysis.DurationStats;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.mining.report.ConformanceMap;
import org.flowbook.mining.report.Human;
import org.flowbook.mining.translate.ProcessToPetriNet;
import org.flowbook.mining.translate.StepNet;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessParser;
import org.flowbook.output.Progress;
import org.flowbook.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * Waiting times before documented steps and the flowchart painted with them, on a log small enough
 * to work out by hand (times in minutes):
 *
 * <pre>
 * case 1: Receive@0  Review@60      Decide@180     waits: Review 60, Decide 120
 * case 2: Receive@0  review@30      Decide@70      waits: Review 30, Decide 40   (name in lower case)
 * case 3: Receive@0                 Decide@600     waits: Decide 600             (Review skipped)
 * case 4: Receive@0  Call@5  Granskning@65  Decide@95  waits: Review 60 (since Call), Decide 30
 * </pre>
 *
 * "Granskning" reaches "Review" through the mapping; "Call" matches no step. So the wait before
 * Review is {30, 60, 60} (median 60, mean 50), before Decide {30, 40, 120, 600} (median 80, mean
 * 197.5), and Receive, always first, has none.
 */
class PaintedProcessTest {
  private static final long MIN = 60_000;
  private static final Human EN = Human.of(Language.EN);
  private static final ActivityMatcher MATCHER =
      ActivityMatcher.withMapping(Map.of("Granskning", "Review"));

  static Process process() {
    String text =
        """
        process: Handle a request
        id: request
        language: en

        1. Receive   [Clerk]

        2. Review   [Manager]

        3. Decide   [Manager]
        """;
    return ProcessParser.parse("request.flow", text).process();
  }

  static EventLog log() {
    EventLogBuilder b = new EventLogBuilder();
    String[][] events = {
      {"1", "Receive", "0"},
      {"1", "Review", "60"},
      {"1", "Decide", "180"},
      {"2", "Receive", "0"},
      {"2", "review", "30"},
      {"2", "Decide", "70"},
      {"3", "Receive", "0"},
      {"3", "Decide", "600"},
      {"4", "Receive", "0"},
      {"4", "Call", "5"},
      {"4", "Granskning", "65"},
      {"4", "Decide", "95"}
    };
    for (String[] e : events) {
      b.add(
          b.caseNumber(e[0]),
          b.activityNumber(e[1]),
          Long.parseLong(e[2]) * MIN,
          b.resourceNumber(null),
          0);
    }
    return b.build();
  }

  private static ConformanceResult check() {
    StepNet net = ProcessToPetriNet.convert(process());
    EventLog log = log();
    return Conformance.check("request.flow", net, log, log.traceVariants(), MATCHER, Progress.NONE);
  }

  @Test
  void theWaitBeforeAStepIsTheTimeSinceThePreviousEventOfItsCase() {
    EventLog log = log();
    StepNet net = ProcessToPetriNet.convert(process());
    Map<String, DurationStats> waits =
        StepWaits.of(log, ActivitySteps.of(net, log.activityNames(), MATCHER));
    assertThat(waits).containsOnlyKeys("2", "3");
    DurationStats review = waits.get("2");
    assertThat(review.count()).isEqualTo(3);
    assertThat(review.median()).isEqualTo(60.0 * MIN);
    assertThat(review.mean()).isEqualTo(50.0 * MIN);
    DurationStats decide = waits.get("3");
    assertThat(decide.count()).isEqualTo(4);
    assertThat(decide.median()).isEqualTo(80.0 * MIN);
    assertThat(decide.mean()).isEqualTo(197.5 * MIN);
    assertThat(decide.min()).isEqualTo(30 * MIN);
    assertThat(decide.max()).isEqualTo(600 * MIN);
  }

  @Test
  void conformanceCarriesTheWaitsBesideItsCounts() {
    ConformanceResult r = check();
    StepConformance receive = r.steps().get(0);
    StepConformance review = r.steps().get(1);
    StepConformance decide = r.steps().get(2);
    assertThat(receive.waiting().count()).isZero();
    assertThat(receive.waitingIsTypical()).isFalse();
    assertThat(review.synchronous()).isEqualTo(3);
    assertThat(review.skipped()).isEqualTo(1);
    assertThat(review.waiting().median()).isEqualTo(60.0 * MIN);
    assertThat(decide.synchronous()).isEqualTo(4);
    assertThat(decide.waiting().median()).isEqualTo(80.0 * MIN);
    assertThat(r.unmapped())
        .singleElement()
        .satisfies(u -> assertThat(u.activity()).isEqualTo("Call"));
  }

  @Test
  void aWaitMeasuredForFewOfAStepsEventsIsNotTypical() {
    // Receive done 10 times, once after an earlier event (a repeat): that wait says nothing of it.
    StepConformance s =
        new StepConformance("1", "Receive", 9, 0, 1, DurationStats.of(new long[] {5 * MIN}));
    assertThat(s.waitingIsTypical()).isFalse();
    assertThat(ConformanceMap.badge(s, EN)).isEqualTo("9×\n1 out of place");
    StepConformance half = s.withWaiting(DurationStats.of(new long[] {MIN, MIN, MIN, MIN, MIN}));
    assertThat(half.waitingIsTypical()).isTrue();
  }

  @Test
  void badgesGiveCountsTheMedianWaitAndDeviations() {
    ConformanceResult r = check();
    assertThat(ConformanceMap.badge(r.steps().get(0), EN)).isEqualTo("4×");
    assertThat(ConformanceMap.badge(r.steps().get(1), EN))
        .isEqualTo("3× · median wait 1.0 h\n1 skipped");
    assertThat(ConformanceMap.badge(r.steps().get(2), EN)).isEqualTo("4× · median wait 1.3 h");
  }

  @Test
  void heatFollowsDeviationsOrTheWait() {
    ConformanceResult r = check();
    var deviations = ConformanceMap.overlay(r, ConformanceMap.Heat.DEVIATIONS, Language.EN);
    // Only Review deviates (1 of 4): it is the darkest, the others are not coloured.
    assertThat(deviations.step("2").heat()).isEqualTo(1.0);
    assertThat(deviations.step("1").heat()).isZero();
    assertThat(deviations.step("3").heat()).isZero();
    assertThat(deviations.heatHigh()).isEqualTo("25.0 % skipped or out of place");
    var waiting = ConformanceMap.overlay(r, ConformanceMap.Heat.WAITING, Language.EN);
    assertThat(waiting.step("3").heat()).isEqualTo(1.0);
    assertThat(waiting.step("2").heat()).isEqualTo(60.0 / 80.0);
    assertThat(waiting.step("1").heat()).isZero();
    assertThat(waiting.heatHigh()).isEqualTo("median wait 1.3 h");
  }

  @Test
  void paintedFlowchartMatchesGolden() {
    ConformanceResult r = check();
    String svg = ConformanceMap.svg(process(), r, ConformanceMap.Heat.WAITING, Language.EN);
    assertThat(svg).contains("data-badge=\"3× · median wait 1.0 h · 1 skipped\"");
    Golden.assertMatches(Path.of("src/test/resources/golden/painted-request.svg"), svg);
    String inline =
        ConformanceMap.inlineSvg(process(), r, ConformanceMap.Heat.WAITING, Language.EN);
    assertThat(inline).startsWith("<svg ").doesNotContain("<?xml").doesNotContain("diagram-title");
  }

  @Test
  void swedishBadgesAndLegendUseSwedishWordsAndDecimalCommas() {
    ConformanceResult r = check();
    Human sv = Human.of(Language.SV);
    assertThat(ConformanceMap.badge(r.steps().get(1), sv))
        .isEqualTo("3× · medianväntetid 1,0 h\n1× överhoppat");
    assertThat(ConformanceMap.badge(r.steps().get(2), sv)).isEqualTo("4× · medianväntetid 1,3 h");
    var deviations = ConformanceMap.overlay(r, ConformanceMap.Heat.DEVIATIONS, Language.SV);
    assertThat(deviations.heatLow()).isEqualTo("enligt rutinen");
    assertThat(deviations.heatHigh()).isEqualTo("25,0 % överhoppat eller på fel ställe");
    assertThat(deviations.title()).startsWith("Loggen jämförd med den dokumenterade processen");
    var waiting = ConformanceMap.overlay(r, ConformanceMap.Heat.WAITING, Language.SV);
    assertThat(waiting.heatLow()).isEqualTo("ingen väntan");
    assertThat(waiting.heatHigh()).isEqualTo("medianväntetid 1,3 h");
  }

  @Test
  void swedishPaintedFlowchartMatchesGolden() {
    String svg =
        ConformanceMap.svg(process(), check(), ConformanceMap.Heat.DEVIATIONS, Language.SV);
    assertThat(svg).contains("data-badge=\"3× · medianväntetid 1,0 h · 1× överhoppat\"");
    Golden.assertMatches(Path.of("src/test/resources/golden/painted-request.sv.svg"), svg);
  }
}
