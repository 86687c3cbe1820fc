package org.flowbook.diagram.layout;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one step of a process is drawn.
 *
 * @param stepId the id of the step in its process
 * @param bounds the shape: the box of an activity or call, the square around a gateway's diamond,
 *     the square around an event's circle (a boundary event's square straddles its activity's
 *     bottom edge). For a {@link org.flowbook.model.Decision} that is also work the bounds hold the
 *     work box and the diamond side by side; {@link DecisionParts} splits them.
 * @param label where the external label of a gateway or event is written (BPMN draws those outside
 *     the shape), or empty when the text sits inside the shape
 */
public record NodeLayout(String stepId, Box bounds, Optional<Box> label) {
  public NodeLayout {
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(bounds, "bounds of step " + stepId);
    label = label == null ? Optional.empty() : label;
  }

  public NodeLayout(String stepId, Box bounds) {
    this(stepId, bounds, Optional.empty());
  }

  /** The area the node takes with its label: what must not overlap another node. */
  public Box extent() {
    return label.map(bounds::union).orElse(bounds);
  }

  public NodeLayout translate(double dx, double dy) {
    return new NodeLayout(stepId, bounds.translate(dx, dy), label.map(l -> l.translate(dx, dy)));
  }
}
