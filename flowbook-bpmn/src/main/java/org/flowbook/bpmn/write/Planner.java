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

  private final Map<String, NodeLayout> drawnNodes = new HashMap<>();
  private final Map<Integer, EdgeLayout> drawnEdges = new HashMap<>();
  private final Map<String, Step> stepById = new HashMap<>();
  private final Map<String, PlannedNode> nodeById = new HashMap<>();

  private Planner(Process p, DiagramLayout layout) {
    this.p = p;
    this.layout = layout;
    // the layout's and the process's lookups scan lists; index them once for large processes
    layout.nodes().forEach(n -> drawnNodes.putIfAbsent(n.stepId(), n));
    layout.edges().forEach(e -> drawnEdges.putIfAbsent(e.flowIndex(), e));
    p.steps().forEach(st -> stepById.put(st.id(), st));
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
    Box extent = new Box(0, 0, Math.max(layout.width(), spareX), layout.height());
    for (PlannedNode n : nodes) {
      extent = extent.union(n.bounds());
    }
    List<LaneLayout> lanes = lanes(extent);
    List<PlannedNode> placed = new ArrayList<>();
    for (PlannedNode n : nodes) {
      placed.add(n.withRole(laneOf(n, lanes)));
    }
    return new ProcessPlan(p, placed, flows, lanes, entry, exit, extent);
  }

  /**
   * The layout's lanes; a drawing without lanes (a BPMN file's own, where the pool named the one
   * role) gets one lane over everything, so the role survives the export.
   */
  private List<LaneLayout> lanes(Box extent) {
    List<String> roles = p.roles();
    if (!layout.lanes().isEmpty() || roles.size() != 1) {
      return layout.lanes();
    }
    Box band = new Box(extent.x() - 10, extent.y() - 10, extent.width() + 20, extent.height() + 20);
    return List.of(new LaneLayout(roles.get(0), roles.get(0), band, band));
  }

  private void planStep(Step s) {
    String id = ExportIds.of(p.id(), s.id());
    Optional<NodeLayout> drawn = Optional.ofNullable(drawnNodes.get(s.id()));
    Box box = drawn.map(NodeLayout::bounds).orElseGet(() -> spareBox(s));
    Optional<Box> label = drawn.flatMap(NodeLayout::label);
    entry.put(s.id(), id);
    exit.put(s.id(), id);
    if (s instanceof Decision d && d.isWork()) {
      DecisionParts parts = DecisionParts.of(box, true);
      String gateway = id + "_gateway";
      addNode(new PlannedNode(id, "task", d.title(), s, parts.work(), Optional.empty(), ""));
      addNode(new PlannedNode(gateway, gatewayTag(d), d.question(), s, parts.diamond(), label, ""));
      exit.put(s.id(), gateway);
      flows.add(new PlannedFlow(id + "_to-gateway", id, gateway, "", false, parts.link()));
      return;
    }
    addNode(new PlannedNode(id, tag(s), s.title(), s, box, label, ""));
  }

  private void planFlow(int index, Flow f) {
    Optional<Step> from = Optional.ofNullable(stepById.get(f.from()));
    Optional<Step> to = Optional.ofNullable(stepById.get(f.to()));
    if (from.isEmpty() || to.isEmpty() || isLinkJump(from.get(), to.get())) {
      return;
    }
    String source = exit.get(f.from());
    String target = entry.get(f.to());
    List<Point> route =
        Optional.ofNullable(drawnEdges.get(index))
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
    Map<String, List<PlannedFlow>> incoming = new HashMap<>();
    for (PlannedFlow f : flows) {
      incoming.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f);
    }
    for (PlannedNode n : List.copyOf(nodes)) {
      boolean mergeable =
          !n.isGateway()
              && !(n.step() instanceof End)
              && !(n.step() instanceof Start)
              && !(n.step() instanceof Event e && e.isBoundary());
      List<PlannedFlow> in = incoming.getOrDefault(n.id(), List.of());
      if (!mergeable || in.size() < 2) {
        continue;
      }
      Box b = n.bounds();
      Box diamond = Box.centered(b.x() - MERGE, b.centerY(), MERGE, MERGE);
      String mergeId = n.id() + "_merge";
      addNode(
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

  private static String laneOf(PlannedNode n, List<LaneLayout> lanes) {
    String performer = n.step().performer();
    Optional<LaneLayout> own =
        lanes.stream().filter(l -> l.role().equalsIgnoreCase(performer)).findFirst();
    if (!performer.isEmpty() && own.isPresent()) {
      if (!n.isGateway() || n.step() instanceof Decision) {
        return own.get().role();
      }
    }
    double cy = n.bounds().centerY();
    LaneLayout best = null;
    double bestDistance = Double.MAX_VALUE;
    for (LaneLayout l : lanes) {
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
    return nodeById.get(id);
  }

  private void addNode(PlannedNode n) {
    nodes.add(n);
    nodeById.put(n.id(), n);
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
