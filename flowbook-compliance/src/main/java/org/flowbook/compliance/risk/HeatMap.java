package org.flowbook.compliance.risk;

import java.util.List;
import java.util.function.Function;
import org.flowbook.model.Risk;
import org.flowbook.model.RiskScore;

/**
 * How many risks sit in each cell of the 4 × 4 matrix, likelihood × consequence.
 *
 * @param counts {@code counts[likelihood - 1][consequence - 1]}
 */
public record HeatMap(int[][] counts) {
  public static final int SIZE = RiskScore.SCALE_MAX;

  public HeatMap {
    int[][] copy = new int[SIZE][SIZE];
    for (int l = 0; l < SIZE; l++) {
      System.arraycopy(counts[l], 0, copy[l], 0, SIZE);
    }
    counts = copy;
  }

  /** The map of the risks as assessed before their controls (inherent). */
  public static HeatMap before(List<Risk> risks) {
    return of(risks, Risk::inherent);
  }

  /** The map after the controls: the residual assessment, the inherent one where none is stated. */
  public static HeatMap after(List<Risk> risks) {
    return of(risks, Risk::effective);
  }

  private static HeatMap of(List<Risk> risks, Function<Risk, RiskScore> score) {
    int[][] c = new int[SIZE][SIZE];
    for (Risk r : risks) {
      RiskScore s = score.apply(r);
      c[s.likelihood() - 1][s.consequence() - 1]++;
    }
    return new HeatMap(c);
  }

  /** The number of risks with this likelihood and consequence (1 … 4 each). */
  public int count(int likelihood, int consequence) {
    return counts[likelihood - 1][consequence - 1];
  }

  public int total() {
    int t = 0;
    for (int[] row : counts) {
      for (int n : row) {
        t += n;
      }
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HeatMap h && java.util.Arrays.deepEquals(counts, h.counts);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "HeatMap" + java.util.Arrays.deepToString(counts);
  }
}
