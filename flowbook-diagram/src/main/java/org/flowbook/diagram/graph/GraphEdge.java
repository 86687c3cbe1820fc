package org.flowbook.diagram.graph;

import java.util.Objects;

/**
 * An arrow of a general graph map.
 *
 * @param label the text on the arrow ("412", "3.2 d"), or empty
 * @param weight drives the line thickness, relative to the heaviest edge
 */
public record GraphEdge(String from, String to, String label, double weight) {
  public GraphEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    label = label == null ? "" : label;
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "weight of edge " + from + " -> " + to + " must be finite and >= 0");
    }
  }
}
