package org.flowbook.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.flowbook.analysis.Fixtures;
import org.flowbook.analysis.report.ImpactSummary;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.junit.jupiter.api.Test;

/** A CFO approval step inserted into a small process, with the impact computed by hand. */
class DiffAnalyzerTest {
  private static final String OLD =
      """
      process: Purchase
      id: purchase
      owner: Manager
      language: en
      volume: 100 per month

      1. Request   [Requester]   work 12 min

      2. Approve   [Manager]   work 6 min, wait 1 d

      3. Order   [Buyer]   work 30 min
      """;

  // Step 3 (CFO approval for half the cases) is new; "Order" is renumbered from 3 to 4.
  private static final String NEW =
      """
      process: Purchase
      id: purchase
      owner: Manager
      language: en
      volume: 100 per month

      1. Request   [Requester]   work 12 min

      2. Approve   [Manager]   work 6 min, wait 1 d
         decision: Over the limit?
           - yes (50 %) -> 3
           - no -> 4

      3. CFO approval   [CFO]   work 15 min, wait 2 d
         control: Second approval

      4. Order   [Buyer]   work 30 min
      """;

  @Test
  void insertedApprovalStep() {
    Process a = Fixtures.process(OLD);
    Process b = Fixtures.process(NEW);
    ProcessDiff d = new DiffAnalyzer(Fixtures.workspace(a)).compare(a, b, Optional.empty());
    assertThat(d.steps(StepChange.Kind.ADDED))
        .singleElement()
        .satisfies(s -> assertThat(s.title()).isEqualTo("CFO approval"));
    assertThat(d.steps(StepChange.Kind.REMOVED)).isEmpty();
    // "Order" only changed its number; step 2 got a decision (its branches changed).
    assertThat(d.steps(StepChange.Kind.CHANGED))
        .extracting(StepChange::title)
        .containsExactlyInAnyOrder("Approve", "Order");
    assertThat(d.steps(StepChange.Kind.CHANGED))
        .filteredOn(s -> s.title().equals("Order"))
        .singleElement()
        .satisfies(
            s -> assertThat(s.fields()).extracting(FieldChange::field).containsExactly("number"));
    assertThat(d.roles())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.role()).isEqualTo("CFO");
              assertThat(r.gained()).containsExactly("CFO approval");
            });
    assertThat(d.controls()).singleElement().satisfies(c -> assertThat(c.added()).isTrue());
    // Half the cases wait 2 d more and take 15 min more: +24 h + 7.5 min on average.
    double delta = d.metricsAfter().cycleHours() - d.metricsBefore().cycleHours();
    assertThat(delta).isCloseTo(24 + 7.5 / 60, within(1e-9));
    // Cost: 0.5 * 15 min at 1200 kr/h = 150 kr more per case.
    assertThat(d.metricsAfter().cost() - d.metricsBefore().cost()).isCloseTo(150, within(1e-9));
    // Handoffs: Requester->Manager, Manager->Buyer (1) becomes Manager->CFO->Buyer for half: +0.5.
    assertThat(d.metricsAfter().handoffs() - d.metricsBefore().handoffs())
        .isCloseTo(0.5, within(1e-9));
    // CFO: 100 cases * 0.5 * 15 min = 12.5 h of 173.33 h a month = 7.2 %.
    assertThat(d.capacityAfter().orElseThrow().role("CFO").orElseThrow().utilization())
        .isCloseTo(12.5 / (40 * 52 / 12.0), within(1e-9));
    String summary = String.join(" ", ImpactSummary.sentences(d, Language.EN));
    assertThat(summary)
        .contains("The new step 'CFO approval'")
        .contains("adds on average 1 day to the cycle time")
        .contains("adds 150 kr per case")
        .contains("CFO gains a new task (CFO approval)");
    assertThat(String.join(" ", ImpactSummary.sentences(d, Language.SV)))
        .contains("lägger i genomsnitt till 1 dag till ledtiden")
        .contains("CFOs beläggning stiger");
  }
}
