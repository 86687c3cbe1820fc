package org.flowbook.mining.conformance;

import java.util.List;

/**
 * Alignment-based conformance of a log against a net, with the fitness figures PM4Py reports: log
 * fitness = 1 − Σ cost / Σ worst cost over all cases, where the worst cost of a case is every event
 * as a log move plus the cheapest complete run of the model; trace fitness = 1 − deviations /
 * worst-case deviations; fitting traces are those with no deviation.
 *
 * @param variants one result per trace variant, in the order of the log's variants
 * @param modelOnlyCost the cost of the cheapest complete run of the model (aligning the empty
 *     trace)
 * @param unaligned cases whose variant exceeded the search limit (not counted in the figures)
 */
public record AlignmentReport(
    List<VariantAlignment> variants,
    int modelOnlyCost,
    double logFitness,
    double averageTraceFitness,
    double percentFittingTraces,
    long unaligned) {
  public AlignmentReport {
    variants = List.copyOf(variants);
  }

  /**
   * The alignment of one variant.
   *
   * @param alignment the optimal alignment, or null when the search gave up (see {@code unaligned})
   */
  public record VariantAlignment(int variant, long cases, AlignedTrace alignment, int worstCost) {
    public boolean aligned() {
      return alignment != null;
    }

    /** PM4Py's trace fitness: 1 − deviations / (events + visible steps of the cheapest run). */
    public double fitness() {
      if (alignment == null) {
        return 0;
      }
      int worst = worstCost / AlignmentSearch.DEVIATION_COST;
      return worst == 0 ? 0 : 1.0 - (double) alignment.deviations() / worst;
    }
  }
}
