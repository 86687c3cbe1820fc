package org.flowbook.bpmn.write;

import java.util.Optional;
import org.flowbook.diagram.layout.Box;
import org.flowbook.model.Step;

/**
 * One BPMN flow node to write: a step, or a part of one (a decision that is also work becomes a
 * task and a gateway), or a converging gateway Flowbook adds in front of a step.
 *
 * @param tag the BPMN element name ("userTask", "exclusiveGateway", ...)
 * @param step the step it stands for (for a merge gateway, the step it merges into)
 * @param role the lane it stands in, or empty
 */
record PlannedNode(
    String id, String tag, String name, Step step, Box bounds, Optional<Box> label, String role) {

  PlannedNode withRole(String newRole) {
    return new PlannedNode(id, tag, name, step, bounds, label, newRole);
  }

  boolean isGateway() {
    return tag.endsWith("Gateway");
  }
}
