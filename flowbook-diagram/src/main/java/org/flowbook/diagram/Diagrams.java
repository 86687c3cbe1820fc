package org.flowbook.diagram;

import org.flowbook.diagram.graph.GraphMap;
import org.flowbook.diagram.graph.GraphMapRenderer;
import org.flowbook.diagram.landscape.LandscapeOptions;
import org.flowbook.diagram.landscape.LandscapeRenderer;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.FlowchartLayouter;
import org.flowbook.diagram.render.FlowchartRenderer;
import org.flowbook.diagram.render.PngRenderer;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/** The module's entry points in one place: flowcharts, landscape and graph maps, PNG. */
public final class Diagrams {
  private Diagrams() {}

  /**
   * Flowbook's own swimlane layout of a process, in the direction its {@code direction:} header
   * names (to the right without one).
   */
  public static DiagramLayout layout(Process process) {
    return FlowchartLayouter.layout(
        process,
        org.flowbook.diagram.layout.Direction.of(process)
            .orElse(org.flowbook.diagram.layout.Direction.RIGHT));
  }

  /** Flowbook's layout of a process with its flow running right (lanes as rows) or down. */
  public static DiagramLayout layout(Process process, org.flowbook.diagram.layout.Direction dir) {
    return FlowchartLayouter.layout(process, dir);
  }

  /** The flowchart of a process as SVG, laid out by Flowbook. */
  public static String flowchart(Process process, RenderOptions options) {
    return FlowchartRenderer.svg(process, layout(process), options);
  }

  /** The flowchart of a process drawn with a given layout (e.g. a BPMN file's own DI). */
  public static String flowchart(Process process, DiagramLayout layout, RenderOptions options) {
    return FlowchartRenderer.svg(process, layout, options);
  }

  /** The landscape map of a workspace as SVG. */
  public static String landscape(Workspace workspace, LandscapeOptions options) {
    return LandscapeRenderer.svg(workspace, options);
  }

  /** A general graph map (e.g. a directly-follows graph) as SVG. */
  public static String graph(GraphMap map) {
    return GraphMapRenderer.svg(map);
  }

  /** Any SVG of this module as PNG at the given scale. */
  public static byte[] png(String svg, double scale) {
    return PngRenderer.png(svg, scale);
  }
}
