package org.flowbook.simulation.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** MSER-5 on series whose right cut is known. */
class MserTest {

  @Test
  void aHighStartIsCutAtTheBatchWhereTheLevelSettles() {
    // two batches at 10, then six at 1: dropping both leaves no variance at all
    double[] s = new double[40];
    Arrays.fill(s, 1);
    Arrays.fill(s, 0, 10, 10);
    assertThat(Mser.truncation(s)).isEqualTo(10);
  }

  @Test
  void aSteadySeriesIsNotCutFarAndAGrowingOneHasNoSteadyState() {
    double[] flat = new double[300];
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < flat.length; i++) {
      flat[i] = 5 + r.nextDouble();
    }
    assertThat(Mser.truncation(flat)).isBetween(0, 75);
    double[] rising = new double[60];
    for (int i = 0; i < rising.length; i++) {
      rising[i] = i;
    }
    assertThat(Mser.truncation(rising)).isEqualTo(-1);
    assertThat(Mser.truncation(new double[15])).isEqualTo(-1);
  }

  @Test
  void aFillingQueueIsCutNearWhereItLevelsOff() {
    // a queue that fills towards 20 with a time constant of 10 days, with noise
    SplittableRandom r = new SplittableRandom(11);
    double[] s = new double[200];
    for (int i = 0; i < s.length; i++) {
      s[i] = 20 * (1 - Math.exp(-i / 10.0)) + r.nextGaussian();
    }
    assertThat(Mser.truncation(s)).isBetween(15, 60);
    assertThat(Mser.truncation(s, Mser.WEEK) % 7).isZero();
    assertThat(Mser.truncation(s, Mser.WEEK)).isBetween(14, 63);
  }
}
