package org.flowbook.capture.base;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;

/**
 * Builds the BPMN elements a drawing or list stands for, in memory, for the BPMN importer to map:
 * so that every format shares one mapping to steps, decisions, roles and numbering, and every
 * element carries the line and column of the shape or row it came from.
 */
public final class BpmnTree {
  private final List<XmlNode> processes = new ArrayList<>();

  /** One process under construction. */
  public static final class ProcessBuilder {
    private final String id;
    private final String name;
    private final int line;
    private final int column;
    private final List<XmlNode> nodes = new ArrayList<>();
    private final List<XmlNode> flows = new ArrayList<>();
    private final Map<String, List<String>> lanes = new LinkedHashMap<>();
    private final Map<String, int[]> laneAt = new LinkedHashMap<>();
    private int flowCount;

    ProcessBuilder(String id, String name, int line, int column) {
      this.id = id;
      this.name = name;
      this.line = line;
      this.column = column;
    }

    /**
     * Adds a flow node ({@code task}, {@code exclusiveGateway}, {@code parallelGateway}, {@code
     * startEvent}, {@code endEvent}).
     */
    public void node(String kind, String nodeId, String title, int atLine, int atColumn) {
      node(kind, nodeId, title, atLine, atColumn, Map.of());
    }

    /** A flow node with further BPMN attributes, e.g. a call activity's {@code calledElement}. */
    public void node(
        String kind,
        String nodeId,
        String title,
        int atLine,
        int atColumn,
        Map<String, String> more) {
      Map<String, String> a = new LinkedHashMap<>(more);
      a.put("id", nodeId);
      if (!title.isBlank()) {
        a.put("name", title);
      }
      nodes.add(new XmlNode(Ns.MODEL, kind, a, List.of(), "", atLine, atColumn));
    }

    /** Puts a node in the lane named {@code role} (lanes in the order first used). */
    public void inLane(String role, String nodeId, int atLine, int atColumn) {
      lanes.computeIfAbsent(role, r -> new ArrayList<>()).add(nodeId);
      laneAt.putIfAbsent(role, new int[] {atLine, atColumn});
    }

    public void flow(String from, String to, String label, int atLine, int atColumn) {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("id", id + "_f" + (++flowCount));
      a.put("sourceRef", from);
      a.put("targetRef", to);
      if (!label.isBlank()) {
        a.put("name", label);
      }
      flows.add(new XmlNode(Ns.MODEL, "sequenceFlow", a, List.of(), "", atLine, atColumn));
    }

    XmlNode build() {
      List<XmlNode> children = new ArrayList<>();
      if (!lanes.isEmpty()) {
        List<XmlNode> laneNodes = new ArrayList<>();
        int n = 0;
        for (var e : lanes.entrySet()) {
          int[] at = laneAt.get(e.getKey());
          List<XmlNode> refs =
              e.getValue().stream()
                  .map(
                      ref ->
                          new XmlNode(
                              Ns.MODEL, "flowNodeRef", Map.of(), List.of(), ref, at[0], at[1]))
                  .toList();
          laneNodes.add(
              new XmlNode(
                  Ns.MODEL,
                  "lane",
                  Map.of("id", id + "_lane" + (++n), "name", e.getKey()),
                  refs,
                  "",
                  at[0],
                  at[1]));
        }
        children.add(
            new XmlNode(
                Ns.MODEL, "laneSet", Map.of("id", id + "_lanes"), laneNodes, "", line, column));
      }
      children.addAll(nodes);
      children.addAll(flows);
      Map<String, String> a = new LinkedHashMap<>();
      a.put("id", id);
      a.put("name", name);
      a.put("isExecutable", "false");
      return new XmlNode(Ns.MODEL, "process", a, children, "", line, column);
    }
  }

  public ProcessBuilder process(String id, String name, int line, int column) {
    return new ProcessBuilder(id, name, line, column);
  }

  /** Adds a finished process. */
  public void add(ProcessBuilder p) {
    processes.add(p.build());
  }

  /** The {@code <definitions>} element holding every process added. */
  public XmlNode definitions(int line, int column) {
    return new XmlNode(
        Ns.MODEL,
        "definitions",
        Map.of("id", "captured", "targetNamespace", "https://flowbook.org/capture"),
        processes,
        "",
        line,
        column);
  }
}
