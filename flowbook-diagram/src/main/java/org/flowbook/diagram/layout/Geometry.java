package org.flowbook.diagram.layout;

import java.util.List;
import java.util.Map;

/**
 * Phase: turns the grid, the track counts and the label room into pixels: the x of every column,
 * channel track, the y of every row, corridor track and lane boundary; then places every node.
 */
final class Geometry {
  static final double HEADER = 124;
  static final double HEADER_MAX = 230;

  /** The height of a column lane's header when the flow runs down (two lines of role name). */
  static final double HEADER_DOWN = 52;

  static final double TRACK = 10;
  static final double LANE_PAD = 16;
  static final double ROW_GAP = 26;
  static final double CHANNEL_MIN = 44;
  static final double SIDE_PAD = 14;
  static final double RIGHT_MARGIN = 12;

  final Grid grid;
  private final double[] colStart;
  private final double[] colCenter;
  private final double[] colWidth;

  /** Index ch + 1 for channel ch (-1 = before the first column). */
  private final double[] chanStart;

  private final double[] chanTracksStart;
  private final int[] chanTracks;
  private final double[] rowTop;
  private final double[] rowCenter;
  private final double[] rowHeight;

  /** Index k + 1 for corridor k (-1 = above the first row). */
  private final double[] gapStart;

  private final double[] gapHeight;
  private final int[] gapTracks;
  private final double[] gapRoom;
  final double width;
  final double height;
  final double header;

  Geometry(
      Grid grid,
      Map<Integer, Integer> channelTracks,
      Map<Integer, Integer> corridorTracks,
      double[] leftRoom,
      double[] rightRoom,
      double[] corridorRoom,
      double header) {
    this.grid = grid;
    this.header = header;
    int cols = grid.columns;
    colStart = new double[cols];
    colCenter = new double[cols];
    colWidth = new double[cols];
    chanStart = new double[cols + 1];
    chanTracksStart = new double[cols + 1];
    chanTracks = new int[cols + 1];
    double x = header;
    for (int ch = -1; ch < cols; ch++) {
      int tracks = channelTracks.getOrDefault(ch, 0);
      double left = Math.max(SIDE_PAD, leftRoom[ch + 1]);
      double right = Math.max(SIDE_PAD, rightRoom[ch + 1]);
      double w = Math.max(CHANNEL_MIN, left + tracks * TRACK + right);
      chanStart[ch + 1] = x;
      chanTracks[ch + 1] = tracks;
      chanTracksStart[ch + 1] = x + left + (w - left - right - tracks * TRACK) / 2;
      x += w;
      if (ch + 1 < cols) {
        int c = ch + 1;
        double lh = 0;
        double rh = 0;
        for (WorkNode n : grid.column(c)) {
          lh = Math.max(lh, n.left());
          rh = Math.max(rh, n.right());
        }
        colStart[c] = x;
        colCenter[c] = x + lh;
        colWidth[c] = lh + rh;
        x += lh + rh;
      }
    }
    width = x + RIGHT_MARGIN;

    int rows = grid.rows;
    rowTop = new double[rows];
    rowCenter = new double[rows];
    rowHeight = new double[rows];
    gapStart = new double[rows + 1];
    gapHeight = new double[rows + 1];
    gapTracks = new int[rows + 1];
    gapRoom = corridorRoom.clone();
    double y = 0;
    for (int k = -1; k < rows; k++) {
      int tracks = corridorTracks.getOrDefault(k, 0);
      boolean boundary = k < 0 || grid.laneBoundaryBelow(k);
      double min = k < 0 || k == rows - 1 ? LANE_PAD : boundary ? 2 * LANE_PAD : ROW_GAP;
      double room = corridorRoom[k + 1];
      double h = Math.max(min, tracks * TRACK + 2 * (boundary ? LANE_PAD / 2 + 4 : 8) + room);
      gapStart[k + 1] = y;
      gapHeight[k + 1] = h;
      gapTracks[k + 1] = tracks;
      y += h;
      if (k + 1 < rows) {
        int r = k + 1;
        double above = 0;
        double below = 0;
        for (WorkNode n : grid.row(r)) {
          above = Math.max(above, n.above());
          below = Math.max(below, n.below());
        }
        rowTop[r] = y;
        rowCenter[r] = y + above;
        rowHeight[r] = above + below;
        y += above + below;
      }
    }
    height = y;
  }

  /** The lane header width: wide enough for the longest word of any role name. */
  static double headerWidth(List<String> roles) {
    double w = HEADER;
    for (String role : roles) {
      for (String word : role.split("\\s+")) {
        w =
            Math.max(
                w,
                org.flowbook.diagram.text.Fonts.width(
                        word, org.flowbook.diagram.text.Type.LANE, true)
                    + 26);
      }
    }
    return Math.min(HEADER_MAX, Math.ceil(w));
  }

  double rowY(int row) {
    return rowCenter[row];
  }

  double columnX(int column) {
    return colCenter[column];
  }

  double channelX(int channel, int track) {
    return chanTracksStart[channel + 1] + (track + 0.5) * TRACK;
  }

  double corridorY(int corridor, int track) {
    double room = gapRoom[corridor + 1];
    double start = gapStart[corridor + 1] + room;
    double h = gapHeight[corridor + 1] - room;
    int n = gapTracks[corridor + 1];
    return start + (h - n * TRACK) / 2 + (track + 0.5) * TRACK;
  }

  /** The top of the label room of a corridor (labels sit above its tracks). */
  double corridorLabelTop(int corridor) {
    double room = gapRoom[corridor + 1];
    double h = gapHeight[corridor + 1] - room;
    int n = gapTracks[corridor + 1];
    return gapStart[corridor + 1] + room + (h - n * TRACK) / 2 - room;
  }

  /** Where the channel before a column ends (where the column's cells begin). */
  double columnStart(int column) {
    return colStart[column];
  }

  /** The y of the boundary between a row and the next (the middle of the gap). */
  double gapMiddle(int corridor) {
    return gapStart[corridor + 1] + gapHeight[corridor + 1] / 2;
  }

  /** Sets the absolute bounds of every node: grid nodes at their cell, boundary events on hosts. */
  void placeNodes(List<WorkNode> nodes) {
    for (WorkNode n : nodes) {
      if (n.onGrid()) {
        n.bounds = Box.centered(colCenter[n.layer], rowCenter[n.row], n.width, n.height);
      }
    }
    for (WorkNode n : nodes) {
      for (int k = 0; k < n.boundary.size(); k++) {
        WorkNode e = n.boundary.get(k);
        e.bounds =
            Box.centered(
                n.bounds.centerX() + n.boundaryCenterX(k), n.bounds.bottom(), e.width, e.height);
      }
    }
  }

  /** The top and bottom of each lane band: from the middle of the gap above to the one below. */
  double[] laneBand(int lane) {
    int first = grid.firstRowOfLane[lane];
    int last = first + grid.rowCountOfLane[lane] - 1;
    double top = first == 0 ? 0 : gapMiddle(first - 1);
    double bottom = last == grid.rows - 1 ? height : gapMiddle(last);
    return new double[] {top, bottom};
  }
}
