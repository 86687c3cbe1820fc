package org.flowbook.capture.drawio;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
import org.flowbook.model.Flow;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.output.Escape;

/**
 * Writes processes as a draw.io / diagrams.net file, so that colleagues who draw in draw.io can
 * open and change them: one page per process, drawn with Flowbook's own layout — lanes as swimlanes
 * holding their steps, steps as rounded boxes, decisions as rhombuses (a decision that is also work
 * as its box and its question), start and end as circles, flows with their conditions and bends.
 * The file is uncompressed XML, and {@link DrawioImport} reads it back to the same steps, roles and
 * branches.
 */
public final class DrawioExport {
  private final Function<Process, DiagramLayout> layouts;

  public DrawioExport(Function<Process, DiagramLayout> layouts) {
    this.layouts = layouts;
  }

  public String write(List<Process> processes) {
    StringBuilder x = new StringBuilder("<mxfile host=\"Flowbook\" type=\"device\">\n");
    for (Process p : processes) {
      page(x, p, layouts.apply(p));
    }
    return x.append("</mxfile>\n").toString();
  }

  private static void page(StringBuilder x, Process p, DiagramLayout layout) {
    x.append("  <diagram id=\"")
        .append(a(p.id()))
        .append("\" name=\"")
        .append(a(p.title()))
        .append("\">\n    <mxGraphModel dx=\"0\" dy=\"0\" grid=\"1\" gridSize=\"10\" page=\"0\">\n")
        .append(
            "      <root>\n        <mxCell id=\"0\"/>\n        <mxCell id=\"1\" parent=\"0\"/>\n");
    Map<String, LaneLayout> laneOfStep = new HashMap<>();
    int n = 0;
    Map<LaneLayout, String> laneIds = new HashMap<>();
    for (LaneLayout lane : layout.lanes()) {
      String id = "lane-" + (++n);
      laneIds.put(lane, id);
      Box b = lane.bounds();
      vertex(
          x,
          id,
          lane.label(),
          "swimlane;horizontal="
              + (lane.atTop() ? 1 : 0)
              + ";startSize="
              + Math.round(lane.atTop() ? lane.header().height() : lane.header().width())
              + ";html=1;whiteSpace=wrap;",
          "1",
          b);
    }
    Map<String, Step> steps = new HashMap<>();
    p.steps().forEach(s -> steps.put(s.id(), s));
    Map<String, String> outOf = new HashMap<>(); // step id -> the cell its flows leave from
    Map<String, String> into = new HashMap<>(); // step id -> the cell its flows enter
    for (NodeLayout node : layout.nodes()) {
      Step s = steps.get(node.stepId());
      if (s == null) {
        continue;
      }
      LaneLayout lane = laneOf(layout, node.bounds());
      String parent = lane == null ? "1" : laneIds.get(lane);
      Box origin = lane == null ? new Box(0, 0, 0, 0) : lane.bounds();
      String id = "step-" + s.id();
      into.put(s.id(), id);
      outOf.put(s.id(), id);
      if (s instanceof Decision d) {
        boolean work = !d.task().performer().isEmpty() || !d.title().equals(d.question());
        DecisionParts parts = DecisionParts.of(node.bounds(), work && !d.question().isEmpty());
        if (parts.work().width() > 0) {
          vertex(
              x,
              id,
              d.title(),
              "rounded=1;whiteSpace=wrap;html=1;",
              parent,
              rel(parts.work(), origin));
          String q = id + "-q";
          vertex(
              x,
              q,
              d.question(),
              "rhombus;whiteSpace=wrap;html=1;",
              parent,
              rel(parts.diamond(), origin));
          edge(x, id + "-to-q", id, q, "", List.of());
          outOf.put(s.id(), q);
        } else {
          vertex(
              x,
              id,
              d.question().isEmpty() ? d.title() : d.question(),
              "rhombus;whiteSpace=wrap;html=1;",
              parent,
              rel(node.bounds(), origin));
        }
      } else if (s instanceof Start) {
        vertex(
            x,
            id,
            s.title(),
            "ellipse;whiteSpace=wrap;html=1;verticalLabelPosition=bottom;",
            parent,
            rel(node.bounds(), origin));
      } else if (s instanceof End) {
        vertex(
            x,
            id,
            s.title(),
            "ellipse;whiteSpace=wrap;html=1;strokeWidth=3;verticalLabelPosition=bottom;",
            parent,
            rel(node.bounds(), origin));
      } else if (s instanceof Parallel) {
        vertex(
            x,
            id,
            s.title(),
            "shape=mxgraph.bpmn.gateway2;gwType=parallel;html=1;",
            parent,
            rel(node.bounds(), origin));
      } else if (s instanceof Call c) {
        // draw.io keeps style keys it does not know: the called process survives a round trip
        vertex(
            x,
            id,
            s.title(),
            "shape=process;whiteSpace=wrap;html=1;flowbookCalls=" + c.processId() + ";",
            parent,
            rel(node.bounds(), origin));
      } else if (s instanceof Activity) {
        vertex(
            x,
            id,
            s.title(),
            "rounded=1;whiteSpace=wrap;html=1;",
            parent,
            rel(node.bounds(), origin));
      } else {
        vertex(
            x,
            id,
            s.title(),
            "ellipse;shape=doubleEllipse;whiteSpace=wrap;html=1;",
            parent,
            rel(node.bounds(), origin));
      }
    }
    List<Flow> flows = p.flows();
    int e = 0;
    for (EdgeLayout edge : layout.edges()) {
      Flow f = flows.get(edge.flowIndex());
      String from = outOf.get(f.from());
      String to = into.get(f.to());
      if (from == null || to == null) {
        continue;
      }
      List<Point> bends = edge.waypoints().subList(1, edge.waypoints().size() - 1);
      edge(x, "flow-" + (++e), from, to, f.label(), bends);
    }
    x.append("      </root>\n    </mxGraphModel>\n  </diagram>\n");
  }

  private static LaneLayout laneOf(DiagramLayout layout, Box b) {
    for (LaneLayout l : layout.lanes()) {
      Box lb = l.bounds();
      if (b.centerX() >= lb.x()
          && b.centerX() <= lb.right()
          && b.centerY() >= lb.y()
          && b.centerY() <= lb.bottom()) {
        return l;
      }
    }
    return null;
  }

  private static Box rel(Box b, Box origin) {
    return new Box(b.x() - origin.x(), b.y() - origin.y(), b.width(), b.height());
  }

  private static void vertex(
      StringBuilder x, String id, String value, String style, String parent, Box b) {
    x.append("        <mxCell id=\"")
        .append(a(id))
        .append("\" value=\"")
        .append(a(value))
        .append("\" style=\"")
        .append(a(style))
        .append("\" vertex=\"1\" parent=\"")
        .append(a(parent))
        .append("\">\n          <mxGeometry x=\"")
        .append(num(b.x()))
        .append("\" y=\"")
        .append(num(b.y()))
        .append("\" width=\"")
        .append(num(b.width()))
        .append("\" height=\"")
        .append(num(b.height()))
        .append("\" as=\"geometry\"/>\n")
        .append("        </mxCell>\n");
  }

  private static void edge(
      StringBuilder x, String id, String from, String to, String label, List<Point> bends) {
    x.append("        <mxCell id=\"")
        .append(a(id))
        .append("\" value=\"")
        .append(a(label))
        .append("\" style=\"edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;endArrow=block;\"")
        .append(" edge=\"1\" parent=\"1\" source=\"")
        .append(a(from))
        .append("\" target=\"")
        .append(a(to))
        .append("\">\n          <mxGeometry relative=\"1\" as=\"geometry\">");
    if (!bends.isEmpty()) {
      x.append("<Array as=\"points\">");
      for (Point pt : bends) {
        x.append("<mxPoint x=\"")
            .append(num(pt.x()))
            .append("\" y=\"")
            .append(num(pt.y()))
            .append("\"/>");
      }
      x.append("</Array>");
    }
    x.append("</mxGeometry>\n        </mxCell>\n");
  }

  private static String a(String s) {
    return Escape.attribute(s == null ? "" : s);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
