package org.flowbook.analysis.metrics;

/**
 * Solves small dense linear systems by Gaussian elimination with partial pivoting: the expected
 * visits of an absorbing Markov chain are the solution of {@code (I - Q)^T v = e_start}.
 */
final class LinearSolver {
  private static final double SINGULAR = 1e-12;

  private LinearSolver() {}

  /**
   * Solves {@code a x = b}; {@code a} and {@code b} are overwritten. Returns false when the matrix
   * is singular (a part of the chain that never absorbs), leaving {@code b} undefined.
   */
  static boolean solveInPlace(double[][] a, double[] b) {
    int n = b.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) < SINGULAR) {
        return false;
      }
      double[] rowTmp = a[col];
      a[col] = a[pivot];
      a[pivot] = rowTmp;
      double bTmp = b[col];
      b[col] = b[pivot];
      b[pivot] = bTmp;
      double diag = a[col][col];
      for (int r = col + 1; r < n; r++) {
        double f = a[r][col] / diag;
        if (f == 0) {
          continue;
        }
        double[] row = a[r];
        double[] top = a[col];
        for (int c = col; c < n; c++) {
          row[c] -= f * top[c];
        }
        b[r] -= f * b[col];
      }
    }
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int c = r + 1; c < n; c++) {
        s -= a[r][c] * b[c];
      }
      b[r] = s / a[r][r];
    }
    return true;
  }
}
