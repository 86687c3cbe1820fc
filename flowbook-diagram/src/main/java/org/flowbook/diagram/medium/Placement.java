package org.flowbook.diagram.medium;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.flowbook.diagram.layout.DiagramLayout;

/**
 * How a chart is put into a medium: at which scale, in how many pieces. Paper is never scaled below
 * the legibility minimum ({@link Medium#minimumScale()}): a chart that does not fit a page at that
 * scale is cut into pieces between its columns (and between lanes when it is too tall), each on its
 * own page. A screen shows the chart at 100 % and scrolls and pans; it never shrinks it.
 *
 * @param medium where it is placed
 * @param scale the factor from the chart's CSS px to the medium's CSS px
 * @param pieces the pieces in reading order: one when the chart is not cut
 */
public record Placement(Medium medium, double scale, List<Piece> pieces) {
  public Placement {
    Objects.requireNonNull(medium, "medium");
    pieces = List.copyOf(pieces);
    if (!(scale > 0) || pieces.isEmpty()) {
      throw new IllegalArgumentException("a placement needs a positive scale and a piece");
    }
  }

  /** The placement Flowbook uses for a chart in this medium. */
  public static Placement of(DiagramLayout layout, Medium medium) {
    // 1 % above the bare minimum: a page writer rounds the printed size to whole pixels.
    double min = medium.minimumScale() * 1.01;
    if (!medium.paper()) {
      return new Placement(medium, Math.max(min, 1), Splitter.whole(layout));
    }
    double fit =
        Math.min(1, Math.min(medium.width() / layout.width(), medium.height() / layout.height()));
    if (fit >= min) {
      return new Placement(medium, fit, Splitter.whole(layout));
    }
    // Fewest pieces first; among those the larger scale (larger text).
    return Stream.of(1.0, min)
        .map(s -> new Placement(medium, s, Splitter.split(layout, medium, s)))
        .min(
            Comparator.comparingInt((Placement p) -> p.pieces().size())
                .thenComparing(p -> -p.scale()))
        .orElseThrow();
  }

  /**
   * The best of several media for a chart, e.g. a portrait or a landscape page: the one needing the
   * fewest pieces, then the larger text, then the first given.
   */
  public static Placement best(DiagramLayout layout, Medium... media) {
    Placement best = null;
    for (Medium m : media) {
      Placement p = of(layout, m);
      if (best == null
          || p.pieces().size() < best.pieces().size()
          || (p.pieces().size() == best.pieces().size() && p.scale() > best.scale() + 1e-9)) {
        best = p;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no medium given");
    }
    return best;
  }

  /** Whether the chart is cut into several pieces. */
  public boolean split() {
    return pieces.size() > 1;
  }

  /** The rendered size of the measured text (see {@link Medium#textSize}). */
  public double textSize() {
    return medium.textSize(scale);
  }

  /** Whether a screen must scroll or pan to show the whole chart. */
  public boolean scrolls() {
    Piece p = pieces.get(0);
    return p.layout().width() * scale > medium.width() + 0.5
        || p.layout().height() * scale > medium.height() + 0.5;
  }
}
