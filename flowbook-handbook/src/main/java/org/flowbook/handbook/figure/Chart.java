package org.flowbook.handbook.figure;

import java.util.Objects;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.medium.Medium;
import org.flowbook.diagram.medium.Piece;
import org.flowbook.diagram.medium.Placement;
import org.flowbook.diagram.render.FlowchartRenderer;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Process;

/**
 * What a flowchart picture is drawn from, kept so that a paged medium can choose the page
 * orientation, the scale and the cuts that keep its text legible (see {@link Placement}).
 */
public record Chart(Process process, DiagramLayout layout, RenderOptions options) {
  public Chart {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(options, "options");
  }

  /** The placement on the best of the given pages. */
  public Placement place(Medium... pages) {
    return Placement.best(layout, pages);
  }

  /** One piece of a cut chart as a picture of its own. */
  public Picture piece(Piece piece) {
    String svg = FlowchartRenderer.piece(process, piece, options);
    return new Picture(svg, piece.layout().width(), piece.layout().height());
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
