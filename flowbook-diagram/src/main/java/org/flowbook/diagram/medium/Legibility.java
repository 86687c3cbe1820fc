package org.flowbook.diagram.medium;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The legibility rule of the layout checker, in the package of the media it measures against (the
 * layout package does not know media, so the two packages stay free of cycles).
 */
public final class Legibility {
  private Legibility() {}

  /**
   * The legibility rule: a chart placed in a medium keeps its text at the medium's minimum (8 pt on
   * paper, 12 px body text on screen) and each piece fits the page it is printed on. Empty when the
   * placement keeps it.
   */
  public static List<String> check(Placement placement) {
    List<String> out = new ArrayList<>();
    Medium m = placement.medium();
    double size = placement.textSize();
    if (size < m.minimumTextSize() - 1e-6) {
      out.add(
          String.format(
              Locale.ROOT,
              "text of %.1f %s on %s is below %.0f %s",
              size,
              m.unit(),
              m,
              m.minimumTextSize(),
              m.unit()));
    }
    if (m.paper()) {
      for (Piece piece : placement.pieces()) {
        double w = piece.layout().width() * placement.scale();
        double h = piece.layout().height() * placement.scale();
        if (w > m.width() + 0.5 || h > m.height() + 0.5) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "piece %d is %.0f x %.0f px, larger than a page of %s (%.0f x %.0f)",
                  piece.index() + 1,
                  w,
                  h,
                  m,
                  m.width(),
                  m.height()));
        }
      }
    }
    return out;
  }
}
