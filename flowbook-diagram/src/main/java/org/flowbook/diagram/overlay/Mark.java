package org.flowbook.diagram.overlay;

import java.util.Objects;

/**
 * What an overlay says about one step or flow.
 *
 * @param heat fill intensity 0..1 (0 = not marked); a step is filled on a light-to-dark ramp, a
 *     flow is drawn thicker and darker
 * @param badge a short text shown in a pill at the shape ("3 d wait", "412×"), or empty; a line
 *     break starts a further line (the pill grows upwards from the shape's top edge)
 * @param state the diff state; {@link ChangeState#UNCHANGED} draws as usual
 */
public record Mark(double heat, String badge, ChangeState state) {
  public static final Mark NONE = new Mark(0, "", ChangeState.UNCHANGED);

  public Mark {
    if (!(heat >= 0 && heat <= 1)) {
      throw new IllegalArgumentException("heat must be within 0..1: " + heat);
    }
    badge = badge == null ? "" : badge.strip();
    state = Objects.requireNonNullElse(state, ChangeState.UNCHANGED);
  }

  public static Mark heat(double heat) {
    return NONE.withHeat(heat);
  }

  public static Mark badge(String badge) {
    return NONE.withBadge(badge);
  }

  public static Mark state(ChangeState state) {
    return NONE.withState(state);
  }

  public Mark withHeat(double newHeat) {
    return new Mark(newHeat, badge, state);
  }

  public Mark withBadge(String newBadge) {
    return new Mark(heat, newBadge, state);
  }

  public Mark withState(ChangeState newState) {
    return new Mark(heat, badge, newState);
  }

  public boolean hasBadge() {
    return !badge.isEmpty();
  }
}
