package org.flowbook.bpmn.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DecisionParts;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.EdgeLayout;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.layout.Point;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/**
 * Decides how one process is written as BPMN, on top of a layout: a node per step (two for a
 * decision that is also work), a sequence flow per flow (none for the jump between paired link
 * events), and a converging gateway in front of every activity or event that several flows lead to,
 * which is how BPMN tools expect a merge to be drawn.
 */
final class Planner {
  private static final double EVENT = 36;
  private static final double MERGE = 36;

  private final Process p;
  private final DiagramLayout layout;
  private final List<PlannedNode> nodes = new ArrayList<>();
  private final List<PlannedFlow> flows = new ArrayList<>();
  private final Map<String, String> entry = new HashMap<>();
  private final Map<String, String> exit = new HashMap<>();
  private double spareX;

  private Planner(Process p, DiagramLayout layout) {
    this.p = p;
    this.layout = layout;
  }

  static ProcessPlan plan(Process p, DiagramLayout layout) {
    return new Planner(p, layout).run();
  }

  private ProcessPlan run() {
    for (Step s : p.steps()) {
      planStep(s);
    }
    for (int i = 0; i < p.flows().size(); i++) {
      planFlow(i, p.flows().get(i));
    }
    insertMerges();
    List<PlannedNode> placed = new ArrayList<>();
    for (PlannedNode n : nodes) {
      placed.add(n.withRole(laneOf(n)));
    }
    Box extent = new Box(0, 0, Math.max(layout.width(), spareX), layout.height());
    for (PlannedNode n : placed) {
      extent = extent.union(n.bounds());
    }
    return new ProcessPlan(p, placed, flows, layout.lanes(), entry, exit, extent);
  }

  private void planStep(Step s) {
    String id = ExportIds.of(p.id(), s.id());
    Optional<NodeLayout> drawn = layout.node(s.id());
    Box box = drawn.map(NodeLayout::bounds).orElseGet(() -> spareBox(s));
    Optional<Box> label = drawn.flatMap(NodeLayout::label);
    entry.put(s.id(), id);
    exit.put(s.id(), id);
    if (s instanceof Decision d && d.isWork()) {
      DecisionParts parts = DecisionParts.of(box, true);
      String gateway = id + "_gateway";
      nodes.add(new PlannedNode(id, "task", d.title(), s, parts.work(), Optional.empty(), ""));
      nodes.add(
          new PlannedNode(gateway, gatewayTag(d), d.question(), s, parts.diamond(), label, ""));
      exit.put(s.id(), gateway);
      Box w = parts.work();
      Box g = parts.diamond();
      flows.add(
          new PlannedFlow(
              id + "_to-gateway",
              id,
              gateway,
              "",
              false,
              List.of(new Point(w.right(), w.centerY()), new Point(g.x(), g.centerY()))));
      return;
    }
    nodes.add(new PlannedNode(id, tag(s), s.title(), s, box, label, ""));
  }

  private void planFlow(int index, Flow f) {
    Optional<Step> from = p.step(f.from());
    Optional<Step> to = p.step(f.to());
    if (from.isEmpty() || to.isEmpty() || isLinkJump(from.get(), to.get())) {
      return;
    }
    String source = exit.get(f.from());
    String target = entry.get(f.to());
    List<Point> route =
        layout
            .edge(index)
            .filter(e -> e.from().equals(f.from()) && e.to().equals(f.to()))
            .map(EdgeLayout::waypoints)
            .orElseGet(() -> straight(node(source).bounds(), node(target).bounds()));
    flows.add(
        new PlannedFlow(
            ExportIds.of(p.id(), "flow-" + (index + 1)),
            source,
            target,
            f.label(),
            f.isDefault(),
            route));
  }

  /** A throwing link event continues at its catching partner without a drawn flow. */
  private static boolean isLinkJump(Step from, Step to) {
    return from instanceof Event a
        && to instanceof Event b
        && a.trigger() == EventTrigger.LINK
        && b.trigger() == EventTrigger.LINK
        && a.throwing()
        && !b.throwing();
  }

  private void insertMerges() {
    for (PlannedNode n : List.copyOf(nodes)) {
      boolean mergeable =
          !n.isGateway()
              && !(n.step() instanceof End)
              && !(n.step() instanceof Start)
              && !(n.step() instanceof Event e && e.isBoundary());
      List<PlannedFlow> in = flows.stream().filter(f -> f.target().equals(n.id())).toList();
      if (!mergeable || in.size() < 2) {
        continue;
      }
      Box b = n.bounds();
      Box diamond = Box.centered(b.x() - MERGE, b.centerY(), MERGE, MERGE);
      String mergeId = n.id() + "_merge";
      nodes.add(
          new PlannedNode(
              mergeId, "exclusiveGateway", "", n.step(), diamond, Optional.empty(), ""));
      for (PlannedFlow f : in) {
        flows.set(flows.indexOf(f), f.withTarget(mergeId, into(f.waypoints(), diamond)));
      }
      flows.add(
          new PlannedFlow(
              mergeId + "-out",
              mergeId,
              n.id(),
              "",
              false,
              List.of(new Point(diamond.right(), b.centerY()), new Point(b.x(), b.centerY()))));
    }
  }

  /** A route ending at a merge diamond instead of the step behind it. */
  private static List<Point> into(List<Point> route, Box diamond) {
    List<Point> out = new ArrayList<>(route.subList(0, route.size() - 1));
    Point prev = out.get(out.size() - 1);
    double cx = diamond.centerX();
    double cy = diamond.centerY();
    if (Math.abs(prev.y() - cy) < 1) {
      out.add(new Point(diamond.x(), cy));
    } else if (prev.x() <= cx) {
      out.add(new Point(cx, prev.y()));
      out.add(new Point(cx, prev.y() < cy ? diamond.y() : diamond.bottom()));
    } else {
      out.add(new Point(cx, prev.y() < cy ? diamond.y() : diamond.bottom()));
    }
    return out;
  }

  private String laneOf(PlannedNode n) {
    if (!n.step().performer().isEmpty() && layout.lane(n.step().performer()).isPresent()) {
      if (!n.isGateway() || n.step() instanceof Decision) {
        return layout.lane(n.step().performer()).get().role();
      }
    }
    double cy = n.bounds().centerY();
    LaneLayout best = null;
    double bestDistance = Double.MAX_VALUE;
    for (LaneLayout l : layout.lanes()) {
      double d = cy < l.bounds().y() ? l.bounds().y() - cy : Math.max(0, cy - l.bounds().bottom());
      if (d < bestDistance) {
        bestDistance = d;
        best = l;
      }
    }
    return best == null ? "" : best.role();
  }

  /** A place below the drawing for a step the layout left out, so it still gets a shape. */
  private Box spareBox(Step s) {
    double w = s instanceof Activity || s instanceof Call ? 100 : EVENT;
    double h = s instanceof Activity || s instanceof Call ? 80 : EVENT;
    Box b = new Box(spareX + 20, layout.height() + 20, w, h);
    spareX = b.right();
    return b;
  }

  private PlannedNode node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Point> straight(Box a, Box b) {
    return List.of(a.center(), b.center());
  }

  static String tag(Step s) {
    if (s instanceof Activity a) {
      return switch (a.type()) {
        case USER -> "userTask";
        case MANUAL -> "manualTask";
        case SERVICE -> "serviceTask";
        case SEND -> "sendTask";
        case RECEIVE -> "receiveTask";
        case SCRIPT -> "scriptTask";
        case BUSINESS_RULE -> "businessRuleTask";
        case SUB_PROCESS -> "subProcess";
        case TASK -> "task";
      };
    }
    if (s instanceof Call) {
      return "callActivity";
    }
    if (s instanceof Decision d) {
      return gatewayTag(d);
    }
    if (s instanceof Parallel) {
      return "parallelGateway";
    }
    if (s instanceof Start) {
      return "startEvent";
    }
    if (s instanceof End) {
      return "endEvent";
    }
    Event e = (Event) s;
    if (e.isBoundary()) {
      return "boundaryEvent";
    }
    return e.throwing() ? "intermediateThrowEvent" : "intermediateCatchEvent";
  }

  private static String gatewayTag(Decision d) {
    return switch (d.kind()) {
      case EXCLUSIVE -> "exclusiveGateway";
      case INCLUSIVE -> "inclusiveGateway";
      case EVENT_BASED -> "eventBasedGateway";
    };
  }
}
