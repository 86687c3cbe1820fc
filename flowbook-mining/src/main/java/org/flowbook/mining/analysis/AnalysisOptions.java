package org.flowbook.mining.analysis;

/**
 * How much detail a mining report keeps.
 *
 * @param top how many variants, bottlenecks, rework activities, resources and handovers to keep
 * @param parallel compute independent parts of the report on several cores
 */
public record AnalysisOptions(int top, boolean parallel) {
  public static final AnalysisOptions DEFAULT = new AnalysisOptions(10, true);

  public AnalysisOptions {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, was " + top);
    }
  }

  public AnalysisOptions withTop(int n) {
    return new AnalysisOptions(n, parallel);
  }
}
