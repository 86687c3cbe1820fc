package org.flowbook.mining.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowbook.mining.TestLogs;
import org.flowbook.mining.conformance.ActivityMatcher;
import org.flowbook.mining.conformance.Conformance;
import org.flowbook.mining.conformance.ConformanceResult;
import org.flowbook.mining.conformance.StepConformance;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.translate.ProcessToPetriNet;
import org.flowbook.model.Process;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.output.Progress;
import org.flowbook.testkit.Golden;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * The demo log {@code examples/logs/purchase-approval.csv}: simulated from the documented purchase
 * approval with the deviations listed in {@code examples/logs/README.md}. Regenerate it with {@code
 * -Dflowbook.golden.update=true}.
 */
class DemoLogTest {
  static final long SEED = 2026;
  static final int CASES = 300;
  static final Instant FROM = Instant.parse("2026-01-05T07:00:00Z");
  static final Deviations DEMO =
      new Deviations(
          0.08,
          0.02,
          0.05,
          0.05,
          List.of("Granska anmodan", "Godkänn stort inköp", "Kontrollera leverantören"),
          "Påminnelse till leverantören");

  static Process purchaseApproval() {
    var loaded =
        WorkspaceLoader.loadFile(ProjectPaths.inRepo("examples/inkopsgodkannande.flow"), null);
    return loaded.requested().get(0).process();
  }

  @Test
  void committedDemoLogIsTheGeneratorsOutput() {
    String csv =
        EventCsv.write(CaseSimulator.simulate(purchaseApproval(), CASES, FROM, SEED, DEMO));
    Golden.assertMatches(ProjectPaths.inRepo("examples/logs/purchase-approval.csv"), csv);
  }

  @Test
  void sameSeedSameLog() {
    Process p = purchaseApproval();
    assertThat(CaseSimulator.simulate(p, 50, FROM, 7, DEMO))
        .isEqualTo(CaseSimulator.simulate(p, 50, FROM, 7, DEMO))
        .isNotEqualTo(CaseSimulator.simulate(p, 50, FROM, 8, DEMO));
  }

  @Test
  void withoutDeviationsEveryCaseFollowsTheProcess() {
    Process p = purchaseApproval();
    TraceVariants log = variants(CaseSimulator.simulate(p, 200, FROM, 11, Deviations.NONE));
    ConformanceResult r =
        Conformance.check(
            "p", ProcessToPetriNet.convert(p), log, ActivityMatcher.byName(), Progress.NONE);
    assertThat(r.alignments().percentFittingTraces()).isEqualTo(100.0);
    assertThat(r.unmapped()).isEmpty();
  }

  @Test
  void deviationsShowUpWhereTheyWereMade() {
    Process p = purchaseApproval();
    TraceVariants log = variants(CaseSimulator.simulate(p, CASES, FROM, SEED, DEMO));
    ConformanceResult r =
        Conformance.check(
            "p", ProcessToPetriNet.convert(p), log, ActivityMatcher.byName(), Progress.NONE);
    assertThat(r.alignments().logFitness()).isBetween(0.8, 0.99);
    assertThat(r.unmapped())
        .singleElement()
        .satisfies(u -> assertThat(u.activity()).isEqualTo("Påminnelse till leverantören"));
    Map<String, StepConformance> byTitle =
        r.steps().stream().collect(Collectors.toMap(StepConformance::title, s -> s));
    assertThat(byTitle.get("Granska anmodan").skipped()).isPositive();
    assertThat(r.steps().stream().mapToLong(StepConformance::outOfPlace).sum()).isPositive();
  }

  private static TraceVariants variants(List<SimulatedEvent> events) {
    Map<String, List<String>> cases =
        events.stream()
            .collect(
                Collectors.groupingBy(
                    SimulatedEvent::caseId,
                    java.util.LinkedHashMap::new,
                    Collectors.mapping(SimulatedEvent::activity, Collectors.toList())));
    return TestLogs.ofNames(List.copyOf(cases.values()));
  }
}
