package org.flowbook.bpmn.di;

/** A point in diagram coordinates: one waypoint of an edge. */
public record Point(double x, double y) {
  public Point {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("bad point " + x + "," + y);
    }
  }
}
