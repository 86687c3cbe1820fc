package org.flowbook.diagram.bench;

import java.util.List;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.EdgeLayout;
import org.flowbook.diagram.layout.Point;

/**
 * The size of a layout as the README's compactness table measures it: width and height of the
 * drawing, total length of the flows and the number of bends (corners) along them.
 */
public record LayoutMetrics(double width, double height, double edgeLength, int bends) {
  public static LayoutMetrics of(DiagramLayout layout) {
    double length = 0;
    int bends = 0;
    for (EdgeLayout e : layout.edges()) {
      List<Point> pts = e.waypoints();
      for (int k = 1; k < pts.size(); k++) {
        length +=
            Math.abs(pts.get(k).x() - pts.get(k - 1).x())
                + Math.abs(pts.get(k).y() - pts.get(k - 1).y());
      }
      bends += Math.max(0, pts.size() - 2);
    }
    return new LayoutMetrics(layout.width(), layout.height(), length, bends);
  }

  /** Sums of several layouts (for a corpus). */
  public LayoutMetrics plus(LayoutMetrics o) {
    return new LayoutMetrics(
        width + o.width, height + o.height, edgeLength + o.edgeLength, bends + o.bends);
  }
}
