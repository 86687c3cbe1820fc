package org.flowbook.bpmn.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.Point;
import org.flowbook.model.Task;

/**
 * Writes what a step uses and says beside its flow: a data object reference per input and output
 * (with a data association, as BPMN tools draw them) and a text annotation per note. Their shapes
 * sit in a row above the step; the positions are collected here for the DI writer.
 */
final class Artifacts {
  private static final double DATA_W = 36;
  private static final double DATA_H = 50;

  /** A shape to draw: a data object reference or a text annotation. */
  record Shape(String id, Box bounds) {}

  /** An association or data association to draw. */
  record Edge(String id, List<Point> waypoints) {}

  private final List<Shape> shapes = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Map<String, String> dataObjects = new LinkedHashMap<>();
  private int count;

  List<Shape> shapes() {
    return List.copyOf(shapes);
  }

  List<Edge> edges() {
    return List.copyOf(edges);
  }

  /** Writes the data associations into the activity and the data objects into the process. */
  void data(XmlElement process, XmlElement activity, PlannedNode n, Task task, String pid) {
    if (task.inputs().isEmpty() && task.outputs().isEmpty()) {
      return;
    }
    String placeholder = n.id() + "_data";
    if (!task.inputs().isEmpty()) {
      activity.add("property").attr("id", placeholder).attr("name", "__targetRef_placeholder");
    }
    int slot = 0;
    for (String input : task.inputs()) {
      String ref = reference(process, n, input, pid, slot++);
      XmlElement a = activity.add("dataInputAssociation").attr("id", ref + "_in");
      a.add("sourceRef").text(ref);
      a.add("targetRef").text(placeholder);
      edges.add(new Edge(ref + "_in", link(boxOf(ref), n.bounds())));
    }
    for (String output : task.outputs()) {
      String ref = reference(process, n, output, pid, slot++);
      XmlElement a = activity.add("dataOutputAssociation").attr("id", ref + "_out");
      a.add("targetRef").text(ref);
      edges.add(new Edge(ref + "_out", link(n.bounds(), boxOf(ref))));
    }
  }

  /** Writes a text annotation and an association per note of the plan's steps. */
  void notes(XmlElement process, ProcessPlan plan) {
    for (PlannedNode n : plan.nodes()) {
      if (!n.id().equals(plan.entry().get(n.step().id()))) {
        continue;
      }
      List<String> notes = n.step().task().notes();
      for (int i = 0; i < notes.size(); i++) {
        String id = n.id() + "_note-" + (i + 1);
        process.add("textAnnotation").attr("id", id).add("text").text(notes.get(i));
        process
            .add("association")
            .attr("id", id + "_link")
            .attr("sourceRef", n.id())
            .attr("targetRef", id);
        Box b = n.bounds();
        Box box = new Box(b.right() + 10, b.y() - 50 - 45 * i, 140, 40);
        shapes.add(new Shape(id, box));
        edges.add(
            new Edge(
                id + "_link",
                List.of(new Point(b.right(), b.y()), new Point(box.x(), box.centerY()))));
      }
    }
  }

  private String reference(XmlElement process, PlannedNode n, String name, String pid, int slot) {
    String object =
        dataObjects.computeIfAbsent(
            name,
            k -> {
              String id = ExportIds.of(pid, "data-" + (dataObjects.size() + 1));
              process.add("dataObject").attr("id", id).attr("name", k);
              return id;
            });
    String ref = ExportIds.of(pid, "data-ref-" + (++count));
    process
        .add("dataObjectReference")
        .attr("id", ref)
        .attr("name", name)
        .attr("dataObjectRef", object);
    Box b = n.bounds();
    shapes.add(
        new Shape(ref, new Box(b.x() + slot * (DATA_W + 10), b.y() - DATA_H - 20, DATA_W, DATA_H)));
    return ref;
  }

  private Box boxOf(String id) {
    return shapes.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().bounds();
  }

  private static List<Point> link(Box from, Box to) {
    boolean above = from.bottom() <= to.y();
    return List.of(
        new Point(from.centerX(), above ? from.bottom() : from.y()),
        new Point(to.centerX(), above ? to.y() : to.bottom()));
  }
}
