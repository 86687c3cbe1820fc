package org.flowbook.handbook.figure;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.Direction;
import org.flowbook.diagram.medium.DirectionChoice;
import org.flowbook.diagram.medium.Medium;
import org.flowbook.diagram.medium.Piece;
import org.flowbook.diagram.medium.Placement;
import org.flowbook.diagram.render.FlowchartRenderer;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Process;

/**
 * What a flowchart picture is drawn from, kept so that a paged medium can choose the direction, the
 * page orientation, the scale and the cuts that keep its text legible (see {@link
 * DirectionChoice}). The layout in the other direction is computed once, when first asked for.
 */
public final class Chart {
  private final Process process;
  private final DiagramLayout layout;
  private final RenderOptions options;
  private final Map<Direction, DiagramLayout> layouts = new EnumMap<>(Direction.class);

  /**
   * @param layout the chart as the picture shows it (the process's own direction, or right)
   */
  public Chart(Process process, DiagramLayout layout, RenderOptions options) {
    this.process = Objects.requireNonNull(process, "process");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.options = Objects.requireNonNull(options, "options");
    layouts.put(Direction.of(process).orElse(Direction.RIGHT), layout);
  }

  public Process process() {
    return process;
  }

  public DiagramLayout layout() {
    return layout;
  }

  public RenderOptions options() {
    return options;
  }

  /** The direction, page and placement that read best on the given pages. */
  public synchronized DirectionChoice choose(Medium... pages) {
    return DirectionChoice.best(
        d -> layouts.computeIfAbsent(d, x -> Diagrams.layout(process, x)),
        Direction.of(process),
        pages);
  }

  /** The placement on the best of the given pages. */
  public Placement place(Medium... pages) {
    return choose(pages).placement();
  }

  /** One piece of a cut (or turned) chart as a picture of its own. */
  public Picture piece(Piece piece) {
    String svg = FlowchartRenderer.piece(process, piece, options);
    return new Picture(svg, piece.layout().width(), piece.layout().height());
  }

  /**
   * The picture of a piece of the chosen placement: the given picture of the whole chart when the
   * placement is that chart uncut, else the piece drawn on its own.
   */
  public Picture picture(DirectionChoice choice, Piece piece, Picture whole) {
    return !choice.placement().split() && choice.layout() == layout ? whole : piece(piece);
  }

  /** How a step is named beside an off-page connector: "steg 8", or the event's name. */
  public String stepName(String stepId, String stepWord) {
    return process
        .step(stepId)
        .map(
            s ->
                stepId.matches("\\d{1,4}[a-z]?")
                    ? stepWord + " " + stepId
                    : (s.title().isBlank() ? stepId : s.title()))
        .orElse(stepId);
  }
}
