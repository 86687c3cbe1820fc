package org.flowbook.diagram.layout;

import java.util.List;

/**
 * Splits the node of a decision that is also work into its work box and its diamond: Flowbook draws
 * "Review the request" as a box and the question "Amount?" as a gateway, as one node. With the flow
 * running right the diamond stands right of the box; with the flow running down it stands below the
 * box (the node is then only a box wide), so the branches leave from the diamond in both directions
 * and never from the box.
 *
 * @param work the activity box, or empty (zero width) for a plain gateway
 * @param diamond the square around the gateway's diamond
 */
public record DecisionParts(Box work, Box diamond) {
  /** The side of a gateway's square. */
  public static final double DIAMOND = 50;

  /** The gap between the work box and the diamond. */
  public static final double GAP = 24;

  /**
   * A node narrower than this holds its diamond below the box: beside it there would be less than a
   * box's width left for the work.
   */
  static final double SIDE_BY_SIDE_MIN_WIDTH = 156 + GAP + DIAMOND - 1;

  /** The parts of a decision node's bounds; a plain gateway is all diamond. */
  public static DecisionParts of(Box bounds, boolean hasWork) {
    if (hasWork
        && bounds.width() < SIDE_BY_SIDE_MIN_WIDTH
        && bounds.width() > DIAMOND + GAP
        && bounds.height() > DIAMOND + GAP + 20) {
      Box diamond = Box.centered(bounds.centerX(), bounds.bottom() - DIAMOND / 2, DIAMOND, DIAMOND);
      Box work = new Box(bounds.x(), bounds.y(), bounds.width(), bounds.height() - DIAMOND - GAP);
      return new DecisionParts(work, diamond);
    }
    if (!hasWork || bounds.width() <= DIAMOND + GAP) {
      return new DecisionParts(new Box(bounds.x(), bounds.y(), 0, 0), bounds);
    }
    Box diamond = Box.centered(bounds.right() - DIAMOND / 2, bounds.centerY(), DIAMOND, DIAMOND);
    Box work = new Box(bounds.x(), bounds.y(), bounds.width() - DIAMOND - GAP, bounds.height());
    return new DecisionParts(work, diamond);
  }

  public boolean hasWork() {
    return work.width() > 0;
  }

  /** Whether the diamond stands below the box (the flow runs down) rather than right of it. */
  public boolean stacked() {
    return hasWork() && diamond.y() >= work.bottom();
  }

  /** The short line from the work box to its diamond: two points, box side first. */
  public List<Point> link() {
    return stacked()
        ? List.of(
            new Point(work.centerX(), work.bottom()), new Point(diamond.centerX(), diamond.y()))
        : List.of(
            new Point(work.right(), diamond.centerY()), new Point(diamond.x(), diamond.centerY()));
  }
}
