package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Event;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * Checks the promises every Flowbook flowchart layout keeps: every step and flow is drawn, no node
 * (with its label) overlaps another or its lane boundary, no edge runs through a node, edges are
 * orthogonal, everything lies inside the drawing. Used by the tests over hand-built, demo, random
 * and imported BPMN processes; a BPMN file's own layout need not keep them.
 */
public final class LayoutCheck {
  private static final double EPS = 0.01;

  private LayoutCheck() {}

  /** The broken promises of a layout of this process, one readable line each; empty when fine. */
  public static List<String> violations(Process p, DiagramLayout layout) {
    List<String> out = new ArrayList<>();
    Box canvas = new Box(0, 0, layout.width(), layout.height());
    for (Step s : p.steps()) {
      if (layout.node(s.id()).isEmpty()) {
        out.add("step " + s.id() + " has no node");
      }
    }
    for (int i = 0; i < p.flows().size(); i++) {
      if (layout.edge(i).isEmpty()) {
        out.add("flow " + i + " has no edge");
      }
    }
    List<NodeLayout> nodes = layout.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      NodeLayout a = nodes.get(i);
      if (!canvas.contains(a.extent())) {
        out.add("node " + a.stepId() + " lies outside the drawing: " + a.extent());
      }
      if (!boundary(p, a)
          && layout.lanes().stream().noneMatch(l -> l.body().contains(a.extent()))) {
        out.add("node " + a.stepId() + " crosses a lane boundary: " + a.extent());
      }
      for (int j = i + 1; j < nodes.size(); j++) {
        NodeLayout b = nodes.get(j);
        if (hostAndBoundary(p, a, b)) {
          continue;
        }
        Box ea = boundary(p, a) ? a.bounds() : a.extent();
        Box eb = boundary(p, b) ? b.bounds() : b.extent();
        if (ea.grow(-EPS).overlaps(eb.grow(-EPS))) {
          out.add("nodes " + a.stepId() + " and " + b.stepId() + " overlap");
        }
      }
    }
    for (EdgeLayout e : layout.edges()) {
      List<Point> pts = e.waypoints();
      for (int k = 1; k < pts.size(); k++) {
        Point u = pts.get(k - 1);
        Point v = pts.get(k);
        if (Math.abs(u.x() - v.x()) > EPS && Math.abs(u.y() - v.y()) > EPS) {
          out.add("edge " + e.from() + "->" + e.to() + " has a slanted piece " + u + " " + v);
        }
        if (!canvas
            .grow(EPS)
            .contains(
                new Box(
                    Math.min(u.x(), v.x()),
                    Math.min(u.y(), v.y()),
                    Math.abs(u.x() - v.x()),
                    Math.abs(u.y() - v.y())))) {
          out.add("edge " + e.from() + "->" + e.to() + " leaves the drawing");
        }
        for (NodeLayout n : nodes) {
          boolean ownEnd =
              (k == 1 && n.stepId().equals(e.from()))
                  || (k == pts.size() - 1 && n.stepId().equals(e.to()));
          if (!ownEnd && crosses(u, v, n.bounds().grow(-0.5))) {
            out.add("edge " + e.from() + "->" + e.to() + " runs through node " + n.stepId());
          }
        }
      }
    }
    return out;
  }

  /**
   * The broken promises that let flows be told apart ({@link EdgeCheck}): no shared segment between
   * unrelated flows; condition labels clear of steps, lane headers, other labels and other flows,
   * beside their own flow and in its first half. Flowbook's own layouts keep them; a BPMN file's
   * diagram need not.
   */
  public static List<String> edgeViolations(DiagramLayout layout) {
    return EdgeCheck.violations(layout);
  }

  private static boolean boundary(Process p, NodeLayout n) {
    return p.step(n.stepId()).map(s -> s instanceof Event e && e.isBoundary()).orElse(false);
  }

  private static boolean hostAndBoundary(Process p, NodeLayout a, NodeLayout b) {
    return attached(p, a, b) || attached(p, b, a);
  }

  private static boolean attached(Process p, NodeLayout event, NodeLayout host) {
    return p.step(event.stepId())
        .map(s -> s instanceof Event e && e.attachedTo().equals(host.stepId()))
        .orElse(false);
  }

  /** Whether an axis-parallel segment passes through the box's interior. */
  static boolean crosses(Point u, Point v, Box b) {
    double x1 = Math.min(u.x(), v.x());
    double x2 = Math.max(u.x(), v.x());
    double y1 = Math.min(u.y(), v.y());
    double y2 = Math.max(u.y(), v.y());
    return x1 < b.right() && x2 > b.x() && y1 < b.bottom() && y2 > b.y();
  }
}
