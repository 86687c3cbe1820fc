package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phase: puts every step into a cell of a grid whose columns are ELK's layers and whose rows are
 * stacked lanes (a lane has as many rows as its fullest layer). Within a lane and layer ELK's order
 * is kept; a step takes the row of its predecessor in the lane where it can, so the main path of a
 * lane runs straight.
 */
final class Grid {
  final int columns;
  final int rows;
  final int[] laneOfRow;
  final int[] firstRowOfLane;
  final int[] rowCountOfLane;
  private final WorkNode[][] cells;

  private Grid(int columns, int[] rowCountOfLane) {
    this.columns = columns;
    this.rowCountOfLane = rowCountOfLane;
    this.firstRowOfLane = new int[rowCountOfLane.length];
    int r = 0;
    for (int l = 0; l < rowCountOfLane.length; l++) {
      firstRowOfLane[l] = r;
      r += rowCountOfLane[l];
    }
    this.rows = r;
    this.laneOfRow = new int[r];
    for (int l = 0; l < rowCountOfLane.length; l++) {
      for (int i = 0; i < rowCountOfLane[l]; i++) {
        laneOfRow[firstRowOfLane[l] + i] = l;
      }
    }
    this.cells = new WorkNode[r][columns];
  }

  static Grid place(List<WorkNode> gridNodes, int lanes, WorkGraph g) {
    int columns = 0;
    for (WorkNode n : gridNodes) {
      columns = Math.max(columns, n.layer + 1);
    }
    List<Map<Integer, List<WorkNode>>> byLane = new ArrayList<>();
    for (int l = 0; l < lanes; l++) {
      byLane.add(new TreeMap<>());
    }
    for (WorkNode n : gridNodes) {
      byLane.get(n.lane).computeIfAbsent(n.layer, k -> new ArrayList<>()).add(n);
    }
    int[] counts = new int[lanes];
    for (int l = 0; l < lanes; l++) {
      for (List<WorkNode> layer : byLane.get(l).values()) {
        layer.sort(
            Comparator.comparingDouble((WorkNode n) -> n.order).thenComparingInt(n -> n.index));
        counts[l] = Math.max(counts[l], layer.size());
      }
      counts[l] = Math.max(1, counts[l]);
    }
    Grid grid = new Grid(columns, counts);
    for (int l = 0; l < lanes; l++) {
      int first = grid.firstRowOfLane[l];
      for (List<WorkNode> layer : byLane.get(l).values()) {
        int prev = -1;
        for (int i = 0; i < layer.size(); i++) {
          WorkNode n = layer.get(i);
          int desired = desiredRow(n, g, first);
          int lo = prev + 1;
          int hi = counts[l] - (layer.size() - i);
          int row = Math.max(lo, Math.min(desired, hi));
          n.row = first + row;
          grid.cells[n.row][n.layer] = n;
          prev = row;
        }
      }
    }
    return grid;
  }

  /** The row (within the lane) of the first already placed predecessor in the same lane. */
  private static int desiredRow(WorkNode n, WorkGraph g, int firstRow) {
    for (WorkNode p : g.predecessors(n)) {
      WorkNode q = WorkGraph.gridNode(p);
      if (q.lane == n.lane && q.layer < n.layer && q.row >= firstRow) {
        return q.row - firstRow;
      }
    }
    return 0;
  }

  WorkNode at(int row, int column) {
    return cells[row][column];
  }

  /** Whether the cells of a row strictly between two columns are empty. */
  boolean rowFree(int row, int fromColumn, int toColumn) {
    for (int c = Math.min(fromColumn, toColumn) + 1; c < Math.max(fromColumn, toColumn); c++) {
      if (cells[row][c] != null) {
        return false;
      }
    }
    return true;
  }

  /** Whether a row is the last of its lane (the gap below it is a lane boundary). */
  boolean laneBoundaryBelow(int row) {
    return row < 0 || row >= rows - 1 || laneOfRow[row] != laneOfRow[row + 1];
  }

  List<WorkNode> column(int c) {
    List<WorkNode> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      if (cells[r][c] != null) {
        out.add(cells[r][c]);
      }
    }
    return out;
  }

  List<WorkNode> row(int r) {
    List<WorkNode> out = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      if (cells[r][c] != null) {
        out.add(cells[r][c]);
      }
    }
    return out;
  }
}
