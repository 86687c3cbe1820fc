package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where flows into the same step meet and run on together: the renderer draws a dot there, so a
 * reader sees a join and not one flow bending into another. (Flows from one step share their trunk
 * from the start and need no dot.)
 */
public final class Joins {
  private Joins() {}

  /** The join points of a layout, each once, in flow order. */
  public static List<Point> of(DiagramLayout layout) {
    List<Point> out = new ArrayList<>();
    List<EdgeLayout> edges = layout.edges();
    for (int i = 0; i < edges.size(); i++) {
      EdgeLayout a = edges.get(i);
      for (int j = i + 1; j < edges.size(); j++) {
        EdgeLayout b = edges.get(j);
        if (!a.to().equals(b.to()) || a.from().equals(b.from())) {
          continue;
        }
        List<Point> ra = reversed(a.waypoints());
        double together = EdgeCheck.commonPrefix(ra, reversed(b.waypoints()));
        if (together < 2) {
          continue;
        }
        Point p = EdgeCheck.at(ra, together);
        Point rounded = new Point(Math.round(p.x() * 10) / 10.0, Math.round(p.y() * 10) / 10.0);
        if (!out.contains(rounded)) {
          out.add(rounded);
        }
      }
    }
    return out;
  }

  private static List<Point> reversed(List<Point> pts) {
    List<Point> r = new ArrayList<>(pts);
    java.util.Collections.reverse(r);
    return r;
  }
}
