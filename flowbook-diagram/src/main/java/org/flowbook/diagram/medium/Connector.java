package org.flowbook.diagram.medium;

import java.util.Objects;
import org.flowbook.diagram.layout.Point;

/**
 * An off-page connector: a flow that leaves one piece of a split chart for a step drawn on another
 * piece (or arrives from one).
 *
 * @param flowIndex the flow's position in the process's flow list
 * @param from the source step id
 * @param to the target step id
 * @param otherPiece the index of the piece at the other end
 * @param at where the flow crosses the edge of this piece, in the piece's own coordinates
 * @param side which edge of the piece it crosses
 */
public record Connector(
    int flowIndex, String from, String to, int otherPiece, Point at, Side side) {
  /** The edge of a piece a flow crosses. */
  public enum Side {
    LEFT,
    RIGHT,
    TOP,
    BOTTOM
  }

  public Connector {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(side, "side");
  }
}
