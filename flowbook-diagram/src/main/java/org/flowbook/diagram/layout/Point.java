package org.flowbook.diagram.layout;

/** A point of a diagram, in SVG user units (pixels at scale 1), y pointing down. */
public record Point(double x, double y) {
  public Point {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("point coordinates must be finite: " + x + ", " + y);
    }
  }

  public Point translate(double dx, double dy) {
    return new Point(x + dx, y + dy);
  }
}
