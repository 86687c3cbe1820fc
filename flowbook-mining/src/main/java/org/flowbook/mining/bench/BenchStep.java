package org.flowbook.mining.bench;

import java.util.Arrays;

/**
 * The measured times of one benchmark step in milliseconds, one per run.
 *
 * @param name what was measured
 * @param millis the wall-clock time of each run
 */
public record BenchStep(String name, double[] millis) {
  public BenchStep {
    millis = millis.clone();
  }

  public double median() {
    double[] s = millis.clone();
    Arrays.sort(s);
    int n = s.length;
    return n == 0 ? 0 : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  public double min() {
    return Arrays.stream(millis).min().orElse(0);
  }

  public double max() {
    return Arrays.stream(millis).max().orElse(0);
  }
}
