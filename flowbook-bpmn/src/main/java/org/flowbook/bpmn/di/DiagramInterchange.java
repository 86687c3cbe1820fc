package org.flowbook.bpmn.di;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.Point;

/**
 * The shapes and edges of every diagram in a BPMN file, by the id of the element they draw. When a
 * file draws an element twice (several diagrams), the first drawing counts.
 */
public final class DiagramInterchange {
  private final Map<String, Box> shapes = new HashMap<>();
  private final Map<String, Box> labels = new HashMap<>();
  private final Map<String, List<Point>> edges = new HashMap<>();

  private DiagramInterchange() {}

  /** Reads every {@code BPMNShape} and {@code BPMNEdge} under the document root. */
  public static DiagramInterchange read(XmlNode root) {
    DiagramInterchange di = new DiagramInterchange();
    root.descendants()
        .forEach(
            n -> {
              if (n.is(Ns.BPMNDI, "BPMNShape")) {
                n.reference("bpmnElement")
                    .ifPresent(
                        id -> {
                          bounds(n).ifPresent(b -> di.shapes.putIfAbsent(id, b));
                          n.child(Ns.BPMNDI, "BPMNLabel")
                              .flatMap(DiagramInterchange::bounds)
                              .ifPresent(b -> di.labels.putIfAbsent(id, b));
                        });
              } else if (n.is(Ns.BPMNDI, "BPMNEdge")) {
                n.reference("bpmnElement")
                    .ifPresent(
                        id -> {
                          di.edges.putIfAbsent(id, waypoints(n));
                          n.child(Ns.BPMNDI, "BPMNLabel")
                              .flatMap(DiagramInterchange::bounds)
                              .ifPresent(b -> di.labels.putIfAbsent(id, b));
                        });
              }
            });
    return di;
  }

  public Optional<Box> shape(String bpmnId) {
    return Optional.ofNullable(shapes.get(bpmnId));
  }

  /** Where the element's label is drawn, when the file says so. */
  public Optional<Box> label(String bpmnId) {
    return Optional.ofNullable(labels.get(bpmnId));
  }

  public Optional<List<Point>> edge(String bpmnId) {
    return Optional.ofNullable(edges.get(bpmnId));
  }

  public boolean isEmpty() {
    return shapes.isEmpty() && edges.isEmpty();
  }

  private static Optional<Box> bounds(XmlNode shape) {
    return shape
        .child(Ns.DC, "Bounds")
        .flatMap(
            b -> {
              try {
                return Optional.of(
                    new Box(
                        number(b, "x"), number(b, "y"), number(b, "width"), number(b, "height")));
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            });
  }

  private static List<Point> waypoints(XmlNode edge) {
    List<Point> points = new ArrayList<>();
    edge.children(Ns.DI, "waypoint")
        .forEach(
            w -> {
              try {
                points.add(new Point(number(w, "x"), number(w, "y")));
              } catch (IllegalArgumentException e) {
                // a broken waypoint is skipped; the edge keeps the others
              }
            });
    return List.copyOf(points);
  }

  private static double number(XmlNode n, String attribute) {
    return Double.parseDouble(n.attribute(attribute, "NaN"));
  }
}
