package org.flowbook.mining.conformance;

import org.flowbook.mining.petri.NetStructure;

/**
 * A lower bound on the cost still needed from a search state: the linear relaxation of the marking
 * equation of the net, with the remaining events as a multiset of labels. It minimises Σ invisible
 * firings + {@value AlignmentSearch#DEVIATION_COST} · Σ_a |firings labelled a − remaining events a|
 * subject to m + C·x = final marking, x ≥ 0 — every alignment from the state gives a feasible
 * solution of that cost, so the bound is admissible (and consistent).
 *
 * <p>Solved with a dense simplex tableau that is kept between calls: successive states only change
 * the right-hand side, so the last optimal basis stays dual feasible and a few dual simplex pivots
 * restore optimality. Not thread-safe: one per search.
 */
final class MarkingEquation {
  static final int INFEASIBLE = Integer.MAX_VALUE;
  private static final double EPS = 1e-9;
  private static final int REFRESH_EVERY = 2_000;
  private static final int MAX_PIVOTS = 5_000;

  private final int places;
  private final int labels;
  private final int rows;
  private final int structural;
  private final int cols;
  private final double[][] a;
  private final double[] cost;
  private final int[] fin;

  private double[][] tab;
  private double[] reduced;
  private int[] basis;
  private double[] sign;
  private boolean warm;
  private double[] lastB;
  private int solvesSinceCold;

  MarkingEquation(NetStructure net, int[] labelOf, int labelCount, int[] fin) {
    this.places = net.places();
    this.labels = labelCount;
    this.rows = places + labels;
    int t = net.transitions();
    this.structural = t + 2 * labels;
    this.cols = structural + rows;
    this.fin = fin.clone();
    a = new double[rows][structural];
    cost = new double[structural];
    for (int tr = 0; tr < t; tr++) {
      int[] ps = net.prePlaces(tr);
      int[] ws = net.preWeights(tr);
      for (int i = 0; i < ps.length; i++) {
        a[ps[i]][tr] -= ws[i];
      }
      ps = net.postPlaces(tr);
      ws = net.postWeights(tr);
      for (int i = 0; i < ps.length; i++) {
        a[ps[i]][tr] += ws[i];
      }
      if (labelOf[tr] < 0) {
        cost[tr] = AlignmentSearch.TAU_COST;
      } else {
        a[places + labelOf[tr]][tr] = 1;
      }
    }
    for (int l = 0; l < labels; l++) {
      a[places + l][t + l] = -1;
      a[places + l][t + labels + l] = 1;
      cost[t + l] = AlignmentSearch.DEVIATION_COST;
      cost[t + labels + l] = AlignmentSearch.DEVIATION_COST;
    }
  }

  /**
   * The bound for marking {@code m} with {@code remaining[a]} events of label a still to align, or
   * {@link #INFEASIBLE} when the final marking cannot be reached even in the relaxation.
   */
  int bound(int[] m, int[] remaining) {
    double[] b = new double[rows];
    for (int p = 0; p < places; p++) {
      b[p] = fin[p] - m[p];
    }
    for (int l = 0; l < labels; l++) {
      b[places + l] = remaining[l];
    }
    double value;
    if (!warm || ++solvesSinceCold > REFRESH_EVERY) {
      value = cold(b);
    } else {
      value = warmSolve(b);
      if (Double.isNaN(value)) {
        value = cold(b);
      }
    }
    if (value == Double.POSITIVE_INFINITY) {
      return INFEASIBLE;
    }
    if (Double.isNaN(value)) {
      warm = false;
      return 0;
    }
    return (int) Math.max(0, Math.ceil(value - 1e-6));
  }

  private double cold(double[] b) {
    warm = false;
    lastB = b;
    solvesSinceCold = 0;
    tab = new double[rows][cols + 1];
    sign = new double[rows];
    basis = new int[rows];
    for (int i = 0; i < rows; i++) {
      sign[i] = b[i] < 0 ? -1 : 1;
      for (int j = 0; j < structural; j++) {
        tab[i][j] = sign[i] * a[i][j];
      }
      tab[i][structural + i] = 1;
      tab[i][cols] = sign[i] * b[i];
      basis[i] = structural + i;
    }
    // phase 1: minimise the sum of artificials
    reduced = new double[cols + 1];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j <= cols; j++) {
        if (j < structural || j == cols) {
          reduced[j] -= tab[i][j];
        }
      }
    }
    if (!primal(true)) {
      return Double.NaN;
    }
    if (-reduced[cols] > 1e-7) {
      return Double.POSITIVE_INFINITY;
    }
    driveOutArtificials();
    // phase 2: reduced costs of the real objective
    reduced = new double[cols + 1];
    for (int j = 0; j < structural; j++) {
      reduced[j] = cost[j];
    }
    for (int i = 0; i < rows; i++) {
      double cb = basis[i] < structural ? cost[basis[i]] : 0;
      if (cb != 0) {
        for (int j = 0; j <= cols; j++) {
          reduced[j] -= cb * tab[i][j];
        }
      }
    }
    if (!primal(false)) {
      return Double.NaN;
    }
    warm = true;
    return objective();
  }

  private double warmSolve(double[] b) {
    // the tableau's right-hand side is B⁻¹·b for the last b; only the changed entries are added
    for (int k = 0; k < rows; k++) {
      double d = b[k] - lastB[k];
      if (d != 0) {
        d *= sign[k];
        int col = structural + k;
        for (int i = 0; i < rows; i++) {
          double tk = tab[i][col];
          if (tk != 0) {
            tab[i][cols] += tk * d;
          }
        }
      }
    }
    lastB = b;
    for (int pivots = 0; pivots < MAX_PIVOTS; pivots++) {
      int r = -1;
      double worst = -1e-7;
      for (int i = 0; i < rows; i++) {
        if (basis[i] < structural && tab[i][cols] < worst) {
          worst = tab[i][cols];
          r = i;
        }
      }
      if (r < 0) {
        return objective();
      }
      int c = -1;
      double best = Double.POSITIVE_INFINITY;
      double[] row = tab[r];
      for (int j = 0; j < structural; j++) {
        if (row[j] < -EPS) {
          double ratio = reduced[j] / -row[j];
          if (ratio < best - 1e-12) {
            best = ratio;
            c = j;
          }
        }
      }
      if (c < 0) {
        return Double.POSITIVE_INFINITY;
      }
      pivot(r, c);
    }
    return Double.NaN;
  }

  /** Primal simplex on the current reduced costs; false if it did not converge. */
  private boolean primal(boolean phaseOne) {
    for (int pivots = 0; pivots < MAX_PIVOTS; pivots++) {
      int c = -1;
      double most = -EPS;
      boolean bland = pivots > 500;
      for (int j = 0; j < structural; j++) {
        if (reduced[j] < most) {
          most = reduced[j];
          c = j;
          if (bland) {
            break;
          }
        }
      }
      if (c < 0) {
        return true;
      }
      int r = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < rows; i++) {
        double v = tab[i][c];
        if (v > EPS) {
          double ratio = tab[i][cols] / v;
          if (ratio < best - 1e-12
              || (bland && Math.abs(ratio - best) <= 1e-12 && basis[i] < basis[r])) {
            best = ratio;
            r = i;
          }
        }
      }
      if (r < 0) {
        return false;
      }
      pivot(r, c);
    }
    return false;
  }

  private void driveOutArtificials() {
    for (int i = 0; i < rows; i++) {
      if (basis[i] >= structural) {
        for (int j = 0; j < structural; j++) {
          if (Math.abs(tab[i][j]) > 1e-7) {
            pivot(i, j);
            break;
          }
        }
      }
    }
  }

  private void pivot(int r, int c) {
    double[] pr = tab[r];
    double inv = 1.0 / pr[c];
    for (int j = 0; j <= cols; j++) {
      pr[j] *= inv;
    }
    pr[c] = 1.0;
    for (int i = 0; i < rows; i++) {
      if (i == r) {
        continue;
      }
      double[] row = tab[i];
      double f = row[c];
      if (f != 0) {
        for (int j = 0; j <= cols; j++) {
          row[j] -= f * pr[j];
        }
        row[c] = 0;
      }
    }
    double f = reduced[c];
    if (f != 0) {
      for (int j = 0; j <= cols; j++) {
        reduced[j] -= f * pr[j];
      }
      reduced[c] = 0;
    }
    basis[r] = c;
  }

  private double objective() {
    double v = 0;
    for (int i = 0; i < rows; i++) {
      if (basis[i] < structural) {
        v += cost[basis[i]] * tab[i][cols];
      }
    }
    return v;
  }
}
