package org.flowbook.mining.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flowbook.mining.log.TraceVariants;
import org.junit.jupiter.api.Test;

/**
 * {@code --coverage}: the most frequent variants covering a share of the cases, counted by hand.
 */
class VariantCoverageTest {
  // 10 cases: a-b-d ×6, a-c-d ×2, a-e-d ×1, a-b-b-d ×1 (given out of frequency order on purpose)
  private static final TraceVariants LOG =
      new TraceVariants(
          List.of("a", "b", "c", "d", "e"),
          List.of(
              new int[] {0, 2, 3},
              new int[] {0, 1, 3},
              new int[] {0, 4, 3},
              new int[] {0, 1, 1, 3}),
          new long[] {2, 6, 1, 1});

  @Test
  void keepsTheMostFrequentVariantsUntilTheShareIsCovered() {
    VariantCoverage c = VariantCoverage.of(LOG, 0.8);
    // 6 (60 %) is not enough, 6 + 2 = 8 (80 %) is
    assertThat(c.kept().traces()).containsExactly(new int[] {0, 1, 3}, new int[] {0, 2, 3});
    assertThat(c.kept().counts()).containsExactly(6, 2);
    assertThat(c.variantsLeftOut()).isEqualTo(2);
    assertThat(c.casesLeftOut()).isEqualTo(2);
    // e occurs only in a left-out variant; b occurs in a kept one too
    assertThat(c.activitiesLeftOut()).containsExactly("e");
  }

  @Test
  void aShareBetweenTwoCountsTakesTheNextVariant() {
    VariantCoverage c = VariantCoverage.of(LOG, 0.61);
    assertThat(c.kept().counts()).containsExactly(6, 2);
    assertThat(VariantCoverage.of(LOG, 0.6).kept().counts()).containsExactly(6);
    // 0.9 of 10 is exactly 9 cases, despite 0.9 × 10 = 9.000000000000002 in doubles
    assertThat(VariantCoverage.of(LOG, 0.9).kept().counts()).containsExactly(6, 2, 1);
  }

  @Test
  void fullCoverageLeavesNothingOut() {
    VariantCoverage c = VariantCoverage.of(LOG, 1.0);
    assertThat(c.kept().cases()).isEqualTo(10);
    assertThat(c.leftOutAny()).isFalse();
    assertThat(c.activitiesLeftOut()).isEmpty();
  }

  @Test
  void aTinyShareStillKeepsTheMostFrequentVariant() {
    assertThat(VariantCoverage.of(LOG, 0.01).kept().counts()).containsExactly(6);
  }

  @Test
  void sharesOutsideTheRangeAreRefused() {
    assertThatThrownBy(() -> VariantCoverage.of(LOG, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VariantCoverage.of(LOG, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VariantCoverage.of(LOG, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
