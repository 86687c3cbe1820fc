package org.flowbook.mining.petri;

import java.util.Objects;

/**
 * A transition of a Petri net: labelled with the activity it stands for, or invisible (a silent
 * "tau" step that only routes tokens and never appears in a log).
 *
 * @param id unique within its net
 * @param label the activity name; empty for invisible transitions
 */
public record Transition(String id, String label) {
  public Transition {
    Objects.requireNonNull(id, "transition id");
    label = label == null ? "" : label;
  }

  /** An invisible (silent) transition. */
  public static Transition invisible(String id) {
    return new Transition(id, "");
  }

  public boolean isInvisible() {
    return label.isEmpty();
  }
}
