package org.flowbook.diagram.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;
import org.flowbook.model.LandscapeGroup;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * Places a workspace's processes as boxes in one band per landscape group (declared order, then a
 * band for processes in no known group) and routes each call as an orthogonal arrow that leaves the
 * caller's bottom, runs in the gap below its row, climbs in the gap left of the callee and enters
 * it from the left: gaps hold no boxes, so no arrow crosses a box.
 */
final class LandscapeLayout {
  static final double HEADER = 150;
  static final double BOX_W = 176;
  static final double GAP_X = 40;
  static final double GAP_Y = 28;
  static final double TRACK = 9;
  static final int PER_ROW = 5;

  record Band(LandscapeGroup group, Box bounds, Box header) {}

  record Placed(Process process, Box box, List<String> lines, int row, int column) {}

  record Arrow(String from, String to, List<Point> points) {}

  final List<Band> bands = new ArrayList<>();
  final List<Placed> boxes = new ArrayList<>();
  final List<Arrow> arrows = new ArrayList<>();
  double width;
  double height;

  LandscapeLayout(Workspace ws, LandscapeGroup ungrouped) {
    List<LandscapeGroup> groups = new ArrayList<>(ws.organization().groups());
    Map<LandscapeGroup, List<Process>> members = new LinkedHashMap<>();
    List<Process> placed = new ArrayList<>();
    for (LandscapeGroup g : groups) {
      List<Process> ps = ws.processesIn(g.id());
      if (ps.isEmpty()) {
        ps = ws.processesIn(g.name());
      }
      members.put(g, ps);
      placed.addAll(ps);
    }
    List<Process> rest = ws.processes().stream().filter(p -> !placed.contains(p)).toList();
    if (!rest.isEmpty()) {
      members.put(ungrouped, rest);
    }
    // Rows: each band has ceil(n / PER_ROW) rows (at least one).
    List<List<Process>> rows = new ArrayList<>();
    List<LandscapeGroup> rowGroup = new ArrayList<>();
    for (Map.Entry<LandscapeGroup, List<Process>> e : members.entrySet()) {
      List<Process> ps = e.getValue();
      int n = Math.max(1, (ps.size() + PER_ROW - 1) / PER_ROW);
      for (int r = 0; r < n; r++) {
        rows.add(
            ps.subList(Math.min(ps.size(), r * PER_ROW), Math.min(ps.size(), (r + 1) * PER_ROW)));
        rowGroup.add(e.getKey());
      }
    }
    int columns = 1;
    for (List<Process> r : rows) {
      columns = Math.max(columns, r.size());
    }
    Map<String, Placed> byId = new LinkedHashMap<>();
    List<int[]> calls = new ArrayList<>();
    // Count the arrows per gap first, so each gap is wide enough for its tracks.
    List<Process> order = new ArrayList<>();
    List<int[]> cellOf = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        order.add(rows.get(r).get(c));
        cellOf.add(new int[] {r, c});
      }
    }
    for (int i = 0; i < order.size(); i++) {
      for (String callee : order.get(i).calledProcesses()) {
        for (int j = 0; j < order.size(); j++) {
          if (j != i && order.get(j).id().equals(callee)) {
            calls.add(new int[] {i, j});
          }
        }
      }
    }
    int[] below = new int[rows.size()];
    int[] left = new int[columns];
    for (int[] call : calls) {
      below[cellOf.get(call[0])[0]]++;
      left[cellOf.get(call[1])[1]]++;
    }
    double[] colX = new double[columns];
    double x = HEADER;
    for (int c = 0; c < columns; c++) {
      x += GAP_X + left[c] * TRACK;
      colX[c] = x;
      x += BOX_W;
    }
    width = x + GAP_X;
    double[] rowY = new double[rows.size()];
    double[] rowH = new double[rows.size()];
    double y = 0;
    int[] trackBelow = new int[rows.size()];
    int[] trackLeft = new int[columns];
    for (int r = 0; r < rows.size(); r++) {
      boolean firstOfBand = r == 0 || rowGroup.get(r - 1) != rowGroup.get(r);
      y += firstOfBand ? 22 : 0;
      double h = 56;
      for (Process p : rows.get(r)) {
        h = Math.max(h, boxHeight(p));
      }
      rowY[r] = y;
      rowH[r] = h;
      y += h + GAP_Y + below[r] * TRACK;
      boolean lastOfBand = r == rows.size() - 1 || rowGroup.get(r + 1) != rowGroup.get(r);
      if (lastOfBand) {
        y += 4;
      }
    }
    height = y;
    double bandTop = 0;
    for (int r = 0; r < rows.size(); r++) {
      boolean lastOfBand = r == rows.size() - 1 || rowGroup.get(r + 1) != rowGroup.get(r);
      if (lastOfBand) {
        double bottom = r == rows.size() - 1 ? height : rowY[r + 1] - 22;
        bottom = r == rows.size() - 1 ? height : bottom + 11;
        bands.add(
            new Band(
                rowGroup.get(r),
                new Box(0, bandTop, width, bottom - bandTop),
                new Box(0, bandTop, HEADER, bottom - bandTop)));
        bandTop = bottom;
      }
    }
    for (int i = 0; i < order.size(); i++) {
      Process p = order.get(i);
      int[] cell = cellOf.get(i);
      Box b =
          new Box(
              colX[cell[1]],
              rowY[cell[0]] + (rowH[cell[0]] - boxHeight(p)) / 2,
              BOX_W,
              boxHeight(p));
      Placed pl = new Placed(p, b, lines(p), cell[0], cell[1]);
      boxes.add(pl);
      byId.putIfAbsent(p.id(), pl);
    }
    for (int[] call : calls) {
      Placed a = boxes.get(call[0]);
      Placed b = boxes.get(call[1]);
      int tb = trackBelow[a.row()]++;
      int tl = trackLeft[b.column()]++;
      double gapTop = rowY[a.row()] + rowH[a.row()];
      double cy = gapTop + GAP_Y / 2 + tb * TRACK - (a.row() == rows.size() - 1 ? 4 : 0);
      double cx = b.box().x() - GAP_X / 2 - tl * TRACK;
      double sx = a.box().x() + 24 + tb * 10 % (BOX_W - 48);
      double ty = b.box().centerY() + (tl % 3 - 1) * 8;
      arrows.add(
          new Arrow(
              a.process().id(),
              b.process().id(),
              List.of(
                  new Point(sx, a.box().bottom()),
                  new Point(sx, cy),
                  new Point(cx, cy),
                  new Point(cx, ty),
                  new Point(b.box().x(), ty))));
    }
  }

  static List<String> lines(Process p) {
    return TextWrap.wrap(p.title(), BOX_W - 20, Type.NODE + 0.5, true, 3);
  }

  static double boxHeight(Process p) {
    return Math.max(56, lines(p).size() * Type.lineHeight(Type.NODE + 0.5) + 34);
  }
}
