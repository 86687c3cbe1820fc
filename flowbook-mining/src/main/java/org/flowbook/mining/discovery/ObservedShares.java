package org.flowbook.mining.discovery;

import java.util.List;
import org.flowbook.model.Flow;

/**
 * Writes how often the log took each branch of a decision onto the branches' flows, for the two
 * places that learn shares from a log: a mined draft ({@link TreeToProcess}) and a documented
 * process calibrated against a log ({@link Calibration}).
 */
final class ObservedShares {
  private ObservedShares() {}

  /**
   * Sets the share of every non-default flow {@code outs.get(k)} of {@code flows} to {@code
   * counts[k]} over the total, rounded to thousandths. Without an "otherwise" branch the largest
   * branch takes the rounding so the shares add up to exactly 1; with one, the default keeps what
   * is left and only an excess is taken back from the largest. Nothing changes when the log never
   * passed the decision.
   */
  static void assign(List<Flow> flows, List<Integer> outs, long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    if (total == 0) {
      return;
    }
    boolean hasDefault = outs.stream().anyMatch(i -> flows.get(i).isDefault());
    long[] tenths = new long[outs.size()];
    long sum = 0;
    int largest = -1;
    for (int k = 0; k < outs.size(); k++) {
      if (flows.get(outs.get(k)).isDefault()) {
        continue;
      }
      tenths[k] = Math.round(counts[k] * 1000.0 / total);
      sum += tenths[k];
      if (largest < 0 || counts[k] > counts[largest]) {
        largest = k;
      }
    }
    if (!hasDefault && largest >= 0) {
      tenths[largest] += 1000 - sum;
    } else if (sum > 1000 && largest >= 0) {
      tenths[largest] -= sum - 1000;
    }
    for (int k = 0; k < outs.size(); k++) {
      Flow f = flows.get(outs.get(k));
      if (!f.isDefault()) {
        flows.set(
            outs.get(k), new Flow(f.from(), f.to(), f.label(), tenths[k] / 1000.0, false, f.at()));
      }
    }
  }
}
