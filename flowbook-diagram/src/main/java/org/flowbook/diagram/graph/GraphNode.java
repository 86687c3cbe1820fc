package org.flowbook.diagram.graph;

import java.util.Objects;

/**
 * A node of a general graph map.
 *
 * @param id unique within the map
 * @param label the text in the node; {@code \n} starts a new line
 * @param weight drives the fill intensity, relative to the heaviest node (0 = unfilled)
 * @param kind the shape: a box, or a start/end circle
 */
public record GraphNode(String id, String label, double weight, Kind kind) {
  /** The shapes a graph map draws. */
  public enum Kind {
    BOX,
    START,
    END
  }

  public GraphNode {
    Objects.requireNonNull(id, "id");
    label = label == null ? "" : label;
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight of node " + id + " must be finite and >= 0");
    }
    kind = Objects.requireNonNullElse(kind, Kind.BOX);
  }

  public static GraphNode box(String id, String label, double weight) {
    return new GraphNode(id, label, weight, Kind.BOX);
  }
}
