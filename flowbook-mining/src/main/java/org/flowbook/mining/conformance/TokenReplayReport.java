package org.flowbook.mining.conformance;

import java.util.List;

/**
 * Token-based replay fitness of a log on a net, as PM4Py reports it: log fitness = ½(1 − Σ missing
 * / Σ consumed) + ½(1 − Σ remaining / Σ produced) over all cases.
 *
 * @param variants one replay per trace variant, in the order of the log's variants
 */
public record TokenReplayReport(
    List<ReplayedTrace> variants,
    double logFitness,
    double averageTraceFitness,
    double percentFittingTraces) {
  public TokenReplayReport {
    variants = List.copyOf(variants);
  }
}
