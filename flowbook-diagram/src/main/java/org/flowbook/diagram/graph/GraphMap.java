package org.flowbook.diagram.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A general directed graph to draw left to right: a directly-follows graph, a call graph. Nodes are
 * filled and edges thickened by weight. Draw it with {@link GraphMapRenderer#svg}.
 *
 * @param title written above the map, or empty
 */
public record GraphMap(String title, List<GraphNode> nodes, List<GraphEdge> edges) {
  public GraphMap {
    title = title == null ? "" : title.strip();
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    Set<String> ids = new HashSet<>();
    for (GraphNode n : nodes) {
      if (!ids.add(n.id())) {
        throw new IllegalArgumentException("graph map has two nodes with id " + n.id());
      }
    }
    for (GraphEdge e : edges) {
      if (!ids.contains(e.from()) || !ids.contains(e.to())) {
        throw new IllegalArgumentException(
            "edge " + e.from() + " -> " + e.to() + " names a node the map does not have");
      }
    }
  }
}
