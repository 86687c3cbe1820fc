package org.flowbook.analysis.metrics;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Flow;

/**
 * The share of cases taking each outgoing flow of a step. Stated shares are kept; the branches
 * without one share what is left equally (the notation's rule); if the result does not add up to
 * 100 % (shares over 100 %, or all stated and short of it) it is scaled so that it does.
 */
public final class BranchShares {
  private BranchShares() {}

  /** One probability per flow, in the order given, adding up to 1 (empty for no flows). */
  public static List<Double> of(List<Flow> outgoing) {
    int n = outgoing.size();
    if (n == 0) {
      return List.of();
    }
    double stated = 0;
    int unstated = 0;
    for (Flow f : outgoing) {
      if (f.probability() == null) {
        unstated++;
      } else {
        stated += f.probability();
      }
    }
    double rest = unstated == 0 ? 0 : Math.max(0, 1 - stated) / unstated;
    List<Double> shares = new ArrayList<>(n);
    double total = 0;
    for (Flow f : outgoing) {
      double p = f.probability() == null ? rest : f.probability();
      shares.add(p);
      total += p;
    }
    if (total <= 0) {
      return java.util.Collections.nCopies(n, 1.0 / n);
    }
    final double sum = total;
    return shares.stream().map(p -> p / sum).toList();
  }

  /** Whether the stated shares need scaling to add up to 100 % (what the lint reports). */
  public static boolean inconsistent(List<Flow> outgoing) {
    double stated = 0;
    int unstated = 0;
    for (Flow f : outgoing) {
      if (f.probability() == null) {
        unstated++;
      } else {
        stated += f.probability();
      }
    }
    if (unstated == outgoing.size()) {
      return false;
    }
    return stated > 1.005 || (unstated == 0 && Math.abs(stated - 1) > 0.005);
  }
}
