package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flowbook.diagram.text.Conditions;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;
import org.flowbook.model.Decision;
import org.flowbook.model.Language;

/**
 * Phase: chooses an orthogonal route for every flow on the grid. Horizontal pieces run on a row's
 * center line only through empty cells, or in the corridors between rows; vertical pieces run only
 * in the channels between columns. Corridors and channels never hold a node, so no route crosses a
 * step by construction. Preference: straight along the row, then one bend in a channel (a decision
 * fans out from a trunk right of its diamond), then around through a corridor (also every loop).
 */
final class Router {
  final List<Route> routes = new ArrayList<>();
  final List<Segment> channelSegments = new ArrayList<>();
  final List<Segment> corridorSegments = new ArrayList<>();

  /** Label room per channel (index ch + 1) right of the left column and left of the right one. */
  final double[] leftRoom;

  final double[] rightRoom;

  /** Label room per corridor (index k + 1) above its tracks. */
  final double[] corridorRoom;

  private final Grid grid;
  private final WorkGraph graph;
  private final Language language;
  private final List<List<Run>> runs = new ArrayList<>();
  private final int[] corridorLoad;

  private record Run(double lo, double hi, Set<String> keys) {}

  private final Set<WorkGraph.WorkEdge> vertical;

  Router(Grid grid, WorkGraph graph, Language language, Set<WorkGraph.WorkEdge> vertical) {
    this.vertical = vertical;
    this.grid = grid;
    this.graph = graph;
    this.language = language;
    this.leftRoom = new double[grid.columns + 1];
    this.rightRoom = new double[grid.columns + 1];
    for (int r = 0; r < grid.rows; r++) {
      runs.add(new ArrayList<>());
    }
    this.corridorLoad = new int[grid.rows + 1];
    this.corridorRoom = new double[grid.rows + 1];
  }

  void routeAll() {
    List<WorkGraph.WorkEdge> rest = new ArrayList<>();
    for (WorkGraph.WorkEdge e : graph.edges) {
      if (vertical.contains(e)) {
        down(e);
      } else if (!tryStraight(e)) {
        rest.add(e);
      }
    }
    for (WorkGraph.WorkEdge e : rest) {
      Cancellation.check();
      WorkNode a = e.from();
      WorkNode b = WorkGraph.gridNode(e.to());
      if (!a.onGrid()) {
        corridorRoute(e, a.host, b, true);
      } else if (b.layer > a.layer && a.row != b.row) {
        boolean fan = a.step instanceof Decision || graph.successors(a).size() > 1;
        boolean done =
            fan
                ? (viaSourceChannel(e, a, b) || viaTargetChannel(e, a, b))
                : (viaTargetChannel(e, a, b) || viaSourceChannel(e, a, b));
        if (!done) {
          corridorRoute(e, a, b, false);
        }
      } else {
        corridorRoute(e, a, b, false);
      }
    }
  }

  private boolean tryStraight(WorkGraph.WorkEdge e) {
    WorkNode a = e.from();
    WorkNode b = WorkGraph.gridNode(e.to());
    if (!a.onGrid()
        || a.row != b.row
        || b.layer <= a.layer
        || !grid.rowFree(a.row, a.layer, b.layer)) {
      return false;
    }
    Set<String> keys = Set.of("from:" + a.index, "to:" + b.index);
    double lo = 2 * a.layer + 1.5;
    double hi = 2 * b.layer + 0.5;
    if (!runFree(a.row, lo, hi, keys)) {
      return false;
    }
    runs.get(a.row).add(new Run(lo, hi, keys));
    Route r = new Route(e);
    r.add(g -> a.bounds.right(), g -> g.rowY(a.row)).add(g -> b.bounds.x(), g -> g.rowY(a.row));
    r.targetRow = b.row;
    label(r, a.layer, Route.LabelPlace.AFTER_SOURCE);
    routes.add(r);
    return true;
  }

  /**
   * A hand-over packed into one column ({@link ColumnPacker}): straight down (or up) from the
   * source's bottom to the target's top, through cells kept empty for it.
   */
  private void down(WorkGraph.WorkEdge e) {
    WorkNode a = e.from();
    WorkNode b = WorkGraph.gridNode(e.to());
    boolean downwards = b.row > a.row;
    Route r = new Route(e);
    r.add(g -> a.bounds.centerX(), g -> downwards ? a.bounds.bottom() : a.bounds.y())
        .add(g -> b.bounds.centerX(), g -> downwards ? b.bounds.y() : b.bounds.bottom());
    r.targetRow = b.row;
    routes.add(r);
  }

  /** Leave right into the channel after the source, turn to the target's row, run in. */
  private boolean viaSourceChannel(WorkGraph.WorkEdge e, WorkNode a, WorkNode b) {
    int ch = a.layer;
    Set<String> runKeys = Set.of("to:" + b.index);
    double lo = Segment.gapOrd(ch) + 0.25;
    double hi = 2 * b.layer + 0.5;
    if (!grid.rowFree(b.row, a.layer, b.layer)
        || (b.layer > a.layer + 1 && !runFree(b.row, lo, hi, runKeys))) {
      return false;
    }
    if (b.layer > a.layer + 1) {
      runs.get(b.row).add(new Run(lo, hi, runKeys));
    }
    Segment v =
        vertical(
            ch,
            Segment.rowOrd(a.row),
            Segment.rowOrd(b.row),
            Set.of("o:" + a.index + ":" + ch, "i:" + b.index + ":" + ch),
            a.row,
            b.row,
            e.index());
    Route r = new Route(e);
    r.add(g -> a.bounds.right(), g -> g.rowY(a.row))
        .add(g -> g.channelX(ch, v.track), g -> g.rowY(a.row))
        .add(g -> g.channelX(ch, v.track), g -> g.rowY(b.row))
        .add(g -> b.bounds.x(), g -> g.rowY(b.row));
    r.targetRow = b.row;
    label(r, b.layer - 1, Route.LabelPlace.BEFORE_TARGET);
    routes.add(r);
    return true;
  }

  /** Run along the source's row to the channel before the target, turn, run in. */
  private boolean viaTargetChannel(WorkGraph.WorkEdge e, WorkNode a, WorkNode b) {
    int ch = b.layer - 1;
    Set<String> runKeys = Set.of("from:" + a.index);
    double lo = 2 * a.layer + 1.5;
    double hi = Segment.gapOrd(ch) - 0.25;
    if (!grid.rowFree(a.row, a.layer, b.layer)
        || (ch > a.layer && !runFree(a.row, lo, hi, runKeys))) {
      return false;
    }
    if (ch > a.layer) {
      runs.get(a.row).add(new Run(lo, hi, runKeys));
    }
    Segment v =
        vertical(
            ch,
            Segment.rowOrd(a.row),
            Segment.rowOrd(b.row),
            Set.of("o:" + a.index + ":" + ch, "i:" + b.index + ":" + ch),
            a.row,
            b.row,
            e.index());
    Route r = new Route(e);
    r.add(g -> a.bounds.right(), g -> g.rowY(a.row))
        .add(g -> g.channelX(ch, v.track), g -> g.rowY(a.row))
        .add(g -> g.channelX(ch, v.track), g -> g.rowY(b.row))
        .add(g -> b.bounds.x(), g -> g.rowY(b.row));
    r.targetRow = b.row;
    label(r, ch, Route.LabelPlace.BEFORE_TARGET);
    routes.add(r);
    return true;
  }

  /**
   * Leave into the channel after the source (or down from a boundary event), run along a corridor
   * to the channel before the target, turn to its row and run in: works for every pair of cells,
   * loops included.
   */
  private void corridorRoute(WorkGraph.WorkEdge e, WorkNode a, WorkNode b, boolean fromBoundary) {
    int k = fromBoundary ? a.row : corridor(a.row, b.row, b.layer <= a.layer);
    corridorLoad[k + 1]++;
    int inCh = b.layer - 1;
    Segment v2 =
        vertical(
            inCh,
            Segment.gapOrd(k),
            Segment.rowOrd(b.row),
            Set.of("i:" + b.index + ":" + inCh),
            -1,
            b.row,
            e.index());
    Route r = new Route(e);
    double startOrd;
    if (fromBoundary) {
      WorkNode ev = e.from();
      startOrd = 2 * a.layer + 1;
      Segment h = horizontal(k, startOrd, Segment.gapOrd(inCh), e.index());
      r.add(g -> ev.bounds.centerX(), g -> ev.bounds.bottom())
          .add(g -> ev.bounds.centerX(), g -> g.corridorY(k, h.track))
          .add(g -> g.channelX(inCh, v2.track), g -> g.corridorY(k, h.track));
    } else {
      int outCh = a.layer;
      Segment v1 =
          vertical(
              outCh,
              Segment.rowOrd(a.row),
              Segment.gapOrd(k),
              Set.of("o:" + a.index + ":" + outCh),
              a.row,
              -1,
              e.index());
      Segment h = horizontal(k, Segment.gapOrd(outCh), Segment.gapOrd(inCh), e.index());
      r.add(g -> a.bounds.right(), g -> g.rowY(a.row))
          .add(g -> g.channelX(outCh, v1.track), g -> g.rowY(a.row))
          .add(g -> g.channelX(outCh, v1.track), g -> g.corridorY(k, h.track))
          .add(g -> g.channelX(inCh, v2.track), g -> g.corridorY(k, h.track));
    }
    r.add(g -> g.channelX(inCh, v2.track), g -> g.rowY(b.row))
        .add(g -> b.bounds.x(), g -> g.rowY(b.row));
    r.targetRow = b.row;
    // The label goes where the route turns into the corridor: before the target it would sit on
    // the target's other incoming flows and seem to name them.
    r.corridor = k;
    r.corridorStart = r.corners.get(1).x();
    r.leftward = inCh < a.layer;
    List<String> lines = Conditions.lines(e.flow(), language);
    if (!lines.isEmpty()) {
      r.labelPlace = Route.LabelPlace.IN_CORRIDOR;
      double h = lines.size() * Type.lineHeight(Type.LABEL) + 3;
      corridorRoom[k + 1] = Math.max(corridorRoom[k + 1], h + 4);
    }
    routes.add(r);
  }

  /** The least used corridor between the two rows (a loop on one row goes below it). */
  private int corridor(int ra, int rb, boolean loop) {
    if (ra == rb) {
      int below = ra;
      int above = ra - 1;
      return corridorLoad[above + 1] < corridorLoad[below + 1] && !loop ? above : below;
    }
    int best = -2;
    for (int k = Math.min(ra, rb); k < Math.max(ra, rb); k++) {
      if (best == -2 || corridorLoad[k + 1] < corridorLoad[best + 1]) {
        best = k;
      }
    }
    return best;
  }

  private Segment vertical(
      int ch, double a, double b, Set<String> keys, int leftRow, int rightRow, int edge) {
    Segment s = new Segment(true, ch, a, b, keys, leftRow, rightRow, edge);
    channelSegments.add(s);
    return s;
  }

  private Segment horizontal(int k, double a, double b, int edge) {
    Segment s = new Segment(false, k, a, b, Set.of(), -1, -1, edge);
    corridorSegments.add(s);
    return s;
  }

  private boolean runFree(int row, double lo, double hi, Set<String> keys) {
    for (Run run : runs.get(row)) {
      boolean shared = run.keys().stream().anyMatch(keys::contains);
      if (!shared && lo < run.hi() && run.lo() < hi) {
        return false;
      }
    }
    return true;
  }

  private void label(Route r, int channel, Route.LabelPlace place) {
    List<String> lines = Conditions.lines(r.edge.flow(), language);
    if (lines.isEmpty()) {
      return;
    }
    r.labelPlace = place;
    double w = Math.ceil(TextWrap.widest(lines, Type.LABEL, false)) + 4;
    if (place == Route.LabelPlace.AFTER_SOURCE) {
      leftRoom[channel + 1] = Math.max(leftRoom[channel + 1], w + 10);
    } else {
      rightRoom[channel + 1] = Math.max(rightRoom[channel + 1], w + 14);
    }
  }
}
