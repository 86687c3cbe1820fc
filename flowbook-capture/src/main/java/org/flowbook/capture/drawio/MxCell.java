package org.flowbook.capture.drawio;

/**
 * One cell of a draw.io page, as written in the file: a shape (vertex), a connector (edge) or a
 * structural cell (the root and its layers).
 *
 * @param text the label as plain text (HTML labels already reduced to their words)
 * @param parent the id of the containing cell (a layer, a swimlane, a group, or for an edge label
 *     the edge)
 * @param x the position relative to the parent, as drawn
 * @param points a connector's waypoints as drawn (relative to its parent), each {x, y}
 * @param line the line of the cell in the file (of the page's {@code <diagram>} when compressed)
 */
public record MxCell(
    String id,
    String text,
    MxStyle style,
    String parent,
    boolean vertex,
    boolean edge,
    String source,
    String target,
    double x,
    double y,
    double width,
    double height,
    java.util.List<double[]> points,
    int line,
    int column) {
  public MxCell {
    points = java.util.List.copyOf(points);
  }
}
