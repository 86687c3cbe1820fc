package org.flowbook.bpmn.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.Point;
import org.flowbook.model.Collaboration;
import org.flowbook.model.MessageFlow;
import org.flowbook.model.Participant;
import org.flowbook.model.Process;

/**
 * Writes processes as one BPMN 2.0 file: a collaboration with a pool per participant and a lane per
 * role, every flow node with a shape and every flow with an edge, drawn from Flowbook's own layout
 * (or any {@link DiagramLayout}, such as the one a file was imported with). The output is valid
 * against the OMG BPMN 2.0 schema and byte-for-byte the same for the same input.
 */
public final class BpmnExporter {
  private static final double POOL_HEADER = 30;
  private static final double POOL_GAP = 40;
  private static final double BLACK_BOX_HEIGHT = 80;

  private final Function<Process, DiagramLayout> layouts;

  /**
   * @param layouts lays out a process (the diagram module's layouter, or a file's own drawing)
   */
  public BpmnExporter(Function<Process, DiagramLayout> layouts) {
    this.layouts = layouts;
  }

  /** One process in a pool of its own. */
  public String write(Process process) {
    return write(List.of(process), Collaboration.of(List.of(process)));
  }

  /**
   * Several processes and the collaboration between them; a process the collaboration does not name
   * gets a pool of its own.
   */
  public String write(List<Process> processes, Collaboration collaboration) {
    XmlElement definitions = new XmlElement("definitions");
    definitions
        .attr("xmlns", Ns.MODEL)
        .attr("xmlns:bpmndi", Ns.BPMNDI)
        .attr("xmlns:dc", Ns.DC)
        .attr("xmlns:di", Ns.DI)
        .attr("xmlns:xsi", Ns.XSI)
        .attr("id", "definitions")
        .attr("targetNamespace", "https://flowbook.org/bpmn")
        .attr("exporter", "Flowbook")
        .attr("exporterVersion", "1");
    List<Participant> pools = pools(processes, collaboration);
    Map<String, ProcessPlan> plans = new LinkedHashMap<>();
    for (Process p : processes) {
      plans.put(p.id(), Planner.plan(p, layouts.apply(p)));
    }
    XmlElement collab = definitions.add("collaboration").attr("id", "collaboration");
    collab.attr("name", collaboration.name());
    for (Participant pool : pools) {
      XmlElement e =
          collab.add("participant").attr("id", ExportIds.pool(pool.id())).attr("name", pool.name());
      if (plans.containsKey(pool.processId())) {
        e.attr("processRef", ExportIds.process(pool.processId()));
      }
    }
    List<MessageFlow> messages = new ArrayList<>();
    for (MessageFlow m : collaboration.messages()) {
      Optional<String> from = endpoint(m.from(), pools, plans);
      Optional<String> to = endpoint(m.to(), pools, plans);
      if (from.isPresent() && to.isPresent()) {
        messages.add(m);
        collab
            .add("messageFlow")
            .attr("id", ExportIds.ncname("message_" + m.id()))
            .attr("name", m.name())
            .attr("sourceRef", from.get())
            .attr("targetRef", to.get());
      }
    }
    Map<String, Artifacts> artifacts = new HashMap<>();
    for (ProcessPlan plan : plans.values()) {
      Artifacts a = new Artifacts();
      SemanticWriter.write(definitions, plan, a);
      artifacts.put(plan.process().id(), a);
    }
    XmlElement plane =
        definitions
            .add("bpmndi:BPMNDiagram")
            .attr("id", "diagram")
            .add("bpmndi:BPMNPlane")
            .attr("id", "plane")
            .attr("bpmnElement", "collaboration");
    drawPools(new DiWriter(plane), pools, plans, artifacts, messages);
    return definitions.serialize();
  }

  private void drawPools(
      DiWriter di,
      List<Participant> pools,
      Map<String, ProcessPlan> plans,
      Map<String, Artifacts> artifacts,
      List<MessageFlow> messages) {
    double width = 0;
    Map<String, Box> content = new HashMap<>();
    for (ProcessPlan plan : plans.values()) {
      Box c = content(plan);
      content.put(plan.process().id(), c);
      width = Math.max(width, c.width() + POOL_HEADER);
    }
    Map<String, Box> poolBoxes = new HashMap<>();
    Map<String, Box> placed = new HashMap<>();
    double y = 0;
    for (Participant pool : pools) {
      ProcessPlan plan = plans.get(pool.processId());
      if (plan == null) {
        Box b = new Box(0, y, Math.max(width, 400), BLACK_BOX_HEIGHT);
        di.pool(pool.id(), b);
        poolBoxes.put(pool.id(), b);
        y = b.bottom() + POOL_GAP;
        continue;
      }
      Box c = content.get(plan.process().id());
      double dx = POOL_HEADER - c.x();
      double dy = y - c.y();
      Box b = new Box(0, y, c.width() + POOL_HEADER, c.height());
      di.pool(pool.id(), b);
      poolBoxes.put(pool.id(), b);
      di.process(plan, artifacts.get(plan.process().id()), c, dx, dy);
      for (PlannedNode n : plan.nodes()) {
        placed.put(n.id(), n.bounds().translate(dx, dy));
      }
      y = b.bottom() + POOL_GAP;
    }
    for (MessageFlow m : messages) {
      Box from = box(m.from(), pools, plans, poolBoxes, placed);
      Box to = box(m.to(), pools, plans, poolBoxes, placed);
      boolean down = from.centerY() <= to.centerY();
      double x = Math.max(from.x(), Math.min(to.centerX(), from.right()));
      di.edge(
          ExportIds.ncname("message_" + m.id()),
          List.of(
              new Point(x, down ? from.bottom() : from.y()),
              new Point(Math.max(to.x(), Math.min(x, to.right())), down ? to.y() : to.bottom())),
          0,
          0);
    }
  }

  /** The area a process's pool must cover: its lanes when it has them, else its nodes. */
  private static Box content(ProcessPlan plan) {
    Box c = null;
    for (var lane : plan.lanes()) {
      c = c == null ? lane.bounds() : c.union(lane.bounds());
    }
    for (PlannedNode n : plan.nodes()) {
      Box b = n.bounds().grow(10);
      if (c == null) {
        c = b;
      } else if (plan.lanes().isEmpty()) {
        c = c.union(b);
      } else {
        c =
            new Box(
                Math.min(c.x(), b.x()),
                c.y(),
                Math.max(c.right(), b.right()) - Math.min(c.x(), b.x()),
                c.height());
      }
    }
    return c == null ? new Box(0, 0, 400, BLACK_BOX_HEIGHT) : c;
  }

  private static Box box(
      MessageFlow.Endpoint end,
      List<Participant> pools,
      Map<String, ProcessPlan> plans,
      Map<String, Box> poolBoxes,
      Map<String, Box> placed) {
    Optional<String> node = nodeOf(end, pools, plans);
    return node.map(placed::get).orElse(poolBoxes.get(end.participant()));
  }

  private static Optional<String> endpoint(
      MessageFlow.Endpoint end, List<Participant> pools, Map<String, ProcessPlan> plans) {
    if (pools.stream().noneMatch(p -> p.id().equals(end.participant()))) {
      return Optional.empty();
    }
    return nodeOf(end, pools, plans).or(() -> Optional.of(ExportIds.pool(end.participant())));
  }

  private static Optional<String> nodeOf(
      MessageFlow.Endpoint end, List<Participant> pools, Map<String, ProcessPlan> plans) {
    if (end.isPool()) {
      return Optional.empty();
    }
    return pools.stream()
        .filter(p -> p.id().equals(end.participant()))
        .findFirst()
        .map(p -> plans.get(p.processId()))
        .map(plan -> plan.entry().get(end.step()));
  }

  private static List<Participant> pools(List<Process> processes, Collaboration collaboration) {
    List<Participant> pools = new ArrayList<>(collaboration.participants());
    for (Process p : processes) {
      if (collaboration.participantOf(p.id()).isEmpty()) {
        pools.add(new Participant(p.id(), p.title(), p.id()));
      }
    }
    return pools;
  }
}
