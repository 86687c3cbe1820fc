package org.flowbook.diagram.layout;

import java.util.Objects;

/**
 * One swimlane: the band of a role, with its header at the left (or, when the flow runs down, a
 * column with its header at the top).
 *
 * @param role the role name as the model writes it, or empty for the lane of steps nobody performs
 *     (only when no role could be inferred)
 * @param label the text of the header (the role name, or a translated "other")
 * @param bounds the whole band, header included
 * @param header the header cell at the left end (or top) of the band
 */
public record LaneLayout(String role, String label, Box bounds, Box header) {
  public LaneLayout {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(bounds, "bounds of lane " + role);
    Objects.requireNonNull(header, "header of lane " + role);
  }

  /**
   * The part of the band where steps are drawn: right of the header, or below it when the header
   * spans the band's top (a column lane of a top-down chart).
   */
  public Box body() {
    if (atTop()) {
      return new Box(
          bounds.x(), header.bottom(), bounds.width(), bounds.bottom() - header.bottom());
    }
    return new Box(header.right(), bounds.y(), bounds.right() - header.right(), bounds.height());
  }

  /** Whether the header spans the top of the band (the flow runs down) rather than its left end. */
  public boolean atTop() {
    return header.width() >= bounds.width() && header.height() < bounds.height();
  }

  public LaneLayout translate(double dx, double dy) {
    return new LaneLayout(role, label, bounds.translate(dx, dy), header.translate(dx, dy));
  }
}
