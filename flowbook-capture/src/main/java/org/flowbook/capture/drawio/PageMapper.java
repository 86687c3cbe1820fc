package org.flowbook.capture.drawio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.capture.base.BpmnTree;
import org.flowbook.model.Problem;
import org.flowbook.model.Severity;
import org.flowbook.model.SourceLocation;

/**
 * Maps one draw.io page to a BPMN process: shapes that take part in the flow become tasks, gateways
 * and events; swimlanes become lanes (the innermost one a shape sits in, by containment in the file
 * or, for shapes only drawn over a lane, by position); connectors become sequence flows with their
 * labels. What has no place in a process (free text, notes, connectors that end nowhere) is
 * reported, never dropped silently.
 */
final class PageMapper {
  private final DrawioPage page;
  private final String file;
  private final List<Problem> findings;
  private final Map<String, MxCell> cells = new LinkedHashMap<>();
  private final Map<String, ShapeKind> kinds = new HashMap<>();
  private final Map<String, double[]> bounds = new HashMap<>();
  private final java.util.Set<String> looseLabels = new java.util.HashSet<>();

  /** Swimlanes with swimlanes inside (pools): they name the process, not a role. */
  private final java.util.Set<String> lanesHoldingLanes = new java.util.HashSet<>();

  /** The innermost swimlanes (roles), for finding the lane a shape is drawn over. */
  private final List<MxCell> roleLanes = new ArrayList<>();

  PageMapper(DrawioPage page, String file, List<Problem> findings) {
    this.page = page;
    this.file = file;
    this.findings = findings;
    for (MxCell c : page.cells()) {
      if (!c.id().isEmpty()) {
        cells.putIfAbsent(c.id(), c);
      }
    }
    for (MxCell c : cells.values()) {
      if (c.vertex()) {
        kinds.put(c.id(), isEdge(c.parent()) ? ShapeKind.TEXT : ShapeKind.of(c.style()));
      }
    }
    // Worked out once: asking every shape's question of every cell made a 10,000-shape drawing
    // with lanes take minutes (quadratic; see flowbook bench capture).
    for (MxCell c : cells.values()) {
      if (kinds.get(c.id()) == ShapeKind.LANE && c.parent() != null) {
        lanesHoldingLanes.add(c.parent());
      }
    }
    for (MxCell c : cells.values()) {
      if (kinds.get(c.id()) == ShapeKind.LANE && !holdsLanes(c)) {
        roleLanes.add(c);
      }
    }
  }

  /** How many shapes and connectors of the page took part in the flow. */
  record Counts(int steps, int flows, int lanes) {}

  /** Adds the page's process to {@code tree}; returns false when the page has no flow at all. */
  Optional<Counts> map(BpmnTree tree, String processId, String fallbackTitle) {
    List<Flow> flows = flows();
    Map<String, Integer> in = new HashMap<>();
    Map<String, Integer> out = new HashMap<>();
    for (Flow f : flows) {
      out.merge(f.from.id(), 1, Integer::sum);
      in.merge(f.to.id(), 1, Integer::sum);
    }
    List<MxCell> nodes = new ArrayList<>();
    for (MxCell c : cells.values()) {
      ShapeKind k = kinds.get(c.id());
      if (k == null) {
        continue;
      }
      boolean connected = in.containsKey(c.id()) || out.containsKey(c.id());
      switch (k) {
        case STEP, DECISION, PARALLEL, TERMINAL -> {
          if (!connected && !flows.isEmpty() && !c.text().isEmpty()) {
            // a title or legend box on a page that has a flow
            warn(
                "shape-not-connected",
                c,
                "'" + shortText(c) + "' is connected to nothing and is left out",
                "connect it to the step before and after it if it is a step");
          } else if (connected || !c.text().isEmpty()) {
            nodes.add(c);
            if (c.text().isEmpty()) {
              warn(
                  "shape-without-text",
                  c,
                  "the connected shape at "
                      + position(c)
                      + " has no text; it is called '"
                      + untitled(c)
                      + "'",
                  "write what is done in the shape");
            }
          }
        }
        case TEXT -> {
          if (!c.text().isEmpty() && !isEdge(c.parent()) && !looseLabels.contains(c.id())) {
            note(
                "text-not-imported", c, "free text '" + shortText(c) + "' is not part of the flow");
          }
        }
        case LANE, GROUP -> {}
      }
    }
    if (nodes.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> nodeId = new HashMap<>();
    int n = 0;
    for (MxCell c : nodes) {
      nodeId.put(c.id(), processId + "_N" + (++n));
    }
    String title = title(fallbackTitle);
    BpmnTree.ProcessBuilder p = tree.process(processId, title, page.line(), page.column());
    int lanes = 0;
    Map<String, Boolean> laneSeen = new HashMap<>();
    for (MxCell c : nodes) {
      String kind =
          switch (kinds.get(c.id())) {
            case DECISION -> "exclusiveGateway";
            case PARALLEL -> "parallelGateway";
            case TERMINAL -> terminal(c, in, out);
            default -> "task";
          };
      String name = c.text().isEmpty() && kind.equals("task") ? untitled(c) : c.text();
      // a step Flowbook wrote as a call of another process keeps what it calls in its style
      String calls = c.style().get("flowbookcalls");
      if (kind.equals("task") && !calls.isEmpty()) {
        p.node(
            "callActivity",
            nodeId.get(c.id()),
            name,
            c.line(),
            c.column(),
            java.util.Map.of("calledElement", calls));
      } else {
        p.node(kind, nodeId.get(c.id()), name, c.line(), c.column());
      }
      Optional<MxCell> lane = laneOf(c);
      if (lane.isPresent()) {
        String role = lane.get().text().isEmpty() ? "" : lane.get().text();
        if (!role.isEmpty()) {
          p.inLane(role, nodeId.get(c.id()), lane.get().line(), lane.get().column());
          if (laneSeen.put(role, true) == null) {
            lanes++;
          }
        } else {
          warn(
              "unnamed-lane",
              lane.get(),
              "a swimlane has no name, so its shapes get no role",
              "name the lane after the role that works in it");
        }
      }
    }
    int flowCount = 0;
    for (Flow f : flows) {
      String from = nodeId.get(f.from.id());
      String to = nodeId.get(f.to.id());
      if (from != null && to != null) {
        p.flow(from, to, f.label, f.edge.line(), f.edge.column());
        flowCount++;
      }
    }
    tree.add(p);
    return Optional.of(new Counts(nodes.size(), flowCount, lanes));
  }

  private record Flow(MxCell edge, MxCell from, MxCell to, String label) {}

  private List<Flow> flows() {
    Map<String, String> labels = new HashMap<>();
    for (MxCell c : cells.values()) {
      if (c.vertex() && isEdge(c.parent()) && !c.text().isEmpty()) {
        labels.merge(c.parent(), c.text(), (a, b) -> a + " " + b);
      }
    }
    looseLabels.addAll(EdgeLabels.attachLooseText(cells.values(), kinds, this::bounds, labels));
    List<Flow> flows = new ArrayList<>();
    for (MxCell e : cells.values()) {
      if (!e.edge()) {
        continue;
      }
      MxCell from = cells.get(e.source());
      MxCell to = cells.get(e.target());
      if (from == null || to == null) {
        warn(
            "connector-unattached",
            e,
            "a connector"
                + (e.text().isEmpty() ? "" : " '" + e.text() + "'")
                + " is not attached at "
                + (from == null && to == null
                    ? "either end"
                    : from == null ? "its start" : "its end")
                + " and is left out",
            "in diagrams.net, drag the connector's end onto the shape until it is outlined blue");
        continue;
      }
      ShapeKind fk = kinds.getOrDefault(from.id(), ShapeKind.GROUP);
      ShapeKind tk = kinds.getOrDefault(to.id(), ShapeKind.GROUP);
      if (fk == ShapeKind.TEXT || tk == ShapeKind.TEXT) {
        continue; // a line to a note or label: an annotation, not a flow
      }
      if (fk == ShapeKind.LANE
          || tk == ShapeKind.LANE
          || fk == ShapeKind.GROUP
          || tk == ShapeKind.GROUP) {
        warn(
            "connector-to-lane",
            e,
            "a connector ends on a swimlane or group, not on a shape, and is left out",
            "attach the connector to the shape inside the lane");
        continue;
      }
      String label = e.text().isEmpty() ? labels.getOrDefault(e.id(), "") : e.text();
      flows.add(new Flow(e, from, to, label));
    }
    return flows;
  }

  /** Start when nothing leads in, end when nothing leads out, else an event on the way. */
  private static String terminal(MxCell c, Map<String, Integer> in, Map<String, Integer> out) {
    boolean hasIn = in.containsKey(c.id());
    boolean hasOut = out.containsKey(c.id());
    if (!hasIn) {
      return "startEvent";
    }
    if (!hasOut) {
      return "endEvent";
    }
    // a circle in the middle of the flow is something the flow waits for (a date, a message)
    return "intermediateCatchEvent";
  }

  /** The innermost swimlane that holds the shape, by the file's nesting, else by position. */
  private Optional<MxCell> laneOf(MxCell c) {
    for (MxCell p = cells.get(c.parent()); p != null; p = cells.get(p.parent())) {
      if (kinds.get(p.id()) == ShapeKind.LANE && !holdsLanes(p)) {
        return Optional.of(p);
      }
    }
    double[] b = bounds(c);
    double cx = b[0] + b[2] / 2;
    double cy = b[1] + b[3] / 2;
    MxCell best = null;
    double bestArea = Double.MAX_VALUE;
    for (MxCell l : roleLanes) {
      double[] lb = bounds(l);
      double area = lb[2] * lb[3];
      if (cx >= lb[0]
          && cx <= lb[0] + lb[2]
          && cy >= lb[1]
          && cy <= lb[1] + lb[3]
          && area < bestArea) {
        best = l;
        bestArea = area;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean holdsLanes(MxCell lane) {
    return lanesHoldingLanes.contains(lane.id());
  }

  /** Absolute x, y, width, height: positions are relative to the containing shape. */
  private double[] bounds(MxCell c) {
    double[] known = bounds.get(c.id());
    if (known != null) {
      return known;
    }
    double x = c.x();
    double y = c.y();
    int depth = 0;
    for (MxCell p = cells.get(c.parent());
        p != null && p.vertex() && depth < 64;
        p = cells.get(p.parent())) {
      x += p.x();
      y += p.y();
      depth++;
    }
    double[] b = {x, y, c.width(), c.height()};
    bounds.put(c.id(), b);
    return b;
  }

  /** The page's title: its one named pool, else the page's own name unless it is a default one. */
  private String title(String fallback) {
    List<MxCell> pools =
        cells.values().stream()
            .filter(c -> kinds.get(c.id()) == ShapeKind.LANE && holdsLanes(c))
            .filter(c -> !c.text().isEmpty())
            .toList();
    if (pools.size() == 1) {
      return pools.get(0).text();
    }
    String name = page.name().strip();
    return name.isEmpty() || name.matches("(?i)(page|sida)[- ]?\\d+") ? fallback : name;
  }

  /** Where a shape is drawn, as draw.io shows it in the Arrange panel. */
  private String position(MxCell c) {
    double[] b = bounds(c);
    return "x " + Math.round(b[0]) + ", y " + Math.round(b[1]);
  }

  /** The made-up title of a step drawn without text: where it is, so that it can be found. */
  private String untitled(MxCell c) {
    return "Untitled step at " + position(c);
  }

  private boolean isEdge(String id) {
    MxCell c = cells.get(id);
    return c != null && c.edge();
  }

  private static String shortText(MxCell c) {
    return c.text().length() > 40 ? c.text().substring(0, 40) + "…" : c.text();
  }

  private SourceLocation at(MxCell c) {
    return SourceLocation.of(file, c.line(), c.column());
  }

  private void warn(String code, MxCell c, String message, String hint) {
    findings.add(Problem.warning(code, pageSays(message), hint, at(c)));
  }

  private void note(String code, MxCell c, String message) {
    findings.add(new Problem(Severity.INFO, code, pageSays(message), "", at(c), null));
  }

  /** On a compressed page every finding has the page's location, so name the page. */
  private String pageSays(String message) {
    return page.compressed() ? "page '" + page.name() + "': " + message : message;
  }
}
