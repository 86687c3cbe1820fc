package org.flowbook.capture.drawio;

import java.util.Set;

/**
 * What a draw.io shape means in a flowchart, from its style: the basic and flowchart libraries
 * (rhombus, ellipse, terminator), the BPMN library (gateways and events) and swimlanes.
 */
enum ShapeKind {
  /** A swimlane or pool: the lane's name is a role. */
  LANE,
  DECISION,
  PARALLEL,
  /** Start or end (an ellipse, terminator or event): which one is read from its connectors. */
  TERMINAL,
  STEP,
  /** Free text, an edge label, a note or a callout: not part of the flow. */
  TEXT,
  /** A group or container that only holds other shapes. */
  GROUP;

  private static final Set<String> DECISIONS =
      Set.of(
          "rhombus", "mxgraph.flowchart.decision", "mxgraph.bpmn.gateway", "mxgraph.bpmn.gateway2");
  private static final Set<String> TERMINALS =
      Set.of(
          "ellipse",
          "doubleellipse",
          "mxgraph.flowchart.terminator",
          "mxgraph.flowchart.start_1",
          "mxgraph.flowchart.start_2",
          "mxgraph.bpmn.event",
          "endstate",
          "startstate");
  private static final Set<String> TEXTS =
      Set.of(
          "text",
          "edgelabel",
          "note",
          "callout",
          "mxgraph.flowchart.annotation_1",
          "mxgraph.flowchart.annotation_2",
          "mxgraph.basic.rect_callout");

  static ShapeKind of(MxStyle style) {
    String shape = style.shape();
    if (shape.equals("mxgraph.bpmn.shape")) {
      // draw.io's BPMN library draws gateways and events with one shape, told apart by symbol
      String symbol = style.get("symbol").toLowerCase(java.util.Locale.ROOT);
      if (symbol.endsWith("gw") || style.get("perimeter").equalsIgnoreCase("rhombusPerimeter")) {
        return symbol.equals("parallelgw") ? PARALLEL : DECISION;
      }
      return TERMINAL;
    }
    if (style.is("swimlane") || shape.equals("swimlane") || shape.equals("pool")) {
      return LANE;
    }
    if (TEXTS.stream().anyMatch(style::is)) {
      return TEXT;
    }
    if (style.is("group")) {
      return GROUP;
    }
    if (DECISIONS.stream().anyMatch(style::is)) {
      String type = style.get("gwtype").toLowerCase(java.util.Locale.ROOT);
      return type.equals("parallel") ? PARALLEL : DECISION;
    }
    if (TERMINALS.stream().anyMatch(style::is)) {
      return TERMINAL;
    }
    // draw.io's basic "terminator" is a rounded rectangle with half-height corners
    if ("1".equals(style.get("rounded")) && style.number("arcsize", 0) >= 40) {
      return TERMINAL;
    }
    return STEP;
  }
}
