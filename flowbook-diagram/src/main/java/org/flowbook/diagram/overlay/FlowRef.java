package org.flowbook.diagram.overlay;

import java.util.Objects;

/** Names a flow by its source and target step ids (every flow between the two, if several). */
public record FlowRef(String from, String to) {
  public FlowRef {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
