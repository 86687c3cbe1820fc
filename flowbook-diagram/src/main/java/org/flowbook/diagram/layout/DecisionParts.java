package org.flowbook.diagram.layout;

/**
 * Splits the node of a decision that is also work into its work box and its diamond: Flowbook draws
 * "Review the request" as a box and the question "Amount?" as a gateway right of it, as one node.
 *
 * @param work the activity box, or empty (zero width) for a plain gateway
 * @param diamond the square around the gateway's diamond
 */
public record DecisionParts(Box work, Box diamond) {
  /** The side of a gateway's square. */
  public static final double DIAMOND = 50;

  /** The gap between the work box and the diamond. */
  public static final double GAP = 24;

  /** The parts of a decision node's bounds; a plain gateway is all diamond. */
  public static DecisionParts of(Box bounds, boolean hasWork) {
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
}
