package org.flowbook.diagram.medium;

import java.util.List;
import java.util.Objects;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;

/**
 * One piece of a chart placed in a medium: the part of the whole chart it shows ({@code window}, in
 * the whole chart's coordinates, lane headers not included), drawn as a layout of its own with the
 * lane headers repeated at its left and room for the off-page connectors at its cut edges.
 *
 * @param index the piece's position in reading order (0 for the first)
 * @param window the part of the whole chart shown, in the whole chart's coordinates
 * @param layout the piece as a layout of its own: lane headers, the steps inside the window, flows
 *     clipped to it
 * @param leaving flows from a step of this piece to a step of another piece
 * @param arriving flows to a step of this piece from a step of another piece
 */
public record Piece(
    int index,
    Box window,
    DiagramLayout layout,
    List<Connector> leaving,
    List<Connector> arriving) {
  public Piece {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(layout, "layout");
    leaving = List.copyOf(leaving);
    arriving = List.copyOf(arriving);
  }

  /** The ids of the steps drawn on this piece, in process order. */
  public List<String> steps() {
    return layout.nodes().stream().map(n -> n.stepId()).toList();
  }
}
