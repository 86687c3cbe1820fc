package org.flowbook.diagram.render;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.Type;

/**
 * Draws the small dark pill that carries an overlay's badge text. A badge with line breaks becomes
 * a taller pill that grows upwards, so its last line sits where a one-line badge would and the
 * shape's own text stays visible.
 */
final class Badges {
  static final double HEIGHT = 17;

  private Badges() {}

  /**
   * A badge whose right end is near {@code right} and whose last line's middle sits on {@code y}.
   */
  static void draw(SvgWriter svg, String text, double right, double y) {
    List<String> lines = text.lines().toList();
    double w = width(lines) + 12;
    double extra = (lines.size() - 1) * Type.lineHeight(Type.SMALL);
    double x = right - w + 8;
    svg.open("g", "class", "badge");
    svg.rect(
        new Box(x, y - HEIGHT / 2 - extra, w, HEIGHT + extra),
        "rx",
        num(HEIGHT / 2),
        "fill",
        Palette.BADGE_FILL);
    if (lines.size() == 1) {
      svg.boldText(
          text,
          num(x + w / 2),
          num(y + 3.6),
          Type.SMALL,
          Palette.BADGE_TEXT,
          "text-anchor",
          "middle");
    } else {
      svg.lines(lines, x + w / 2, y + 3.6 - extra, Type.SMALL, true, Palette.BADGE_TEXT);
    }
    svg.close("g");
  }

  /** A badge centered on a point (used on flows). */
  static void drawCentered(SvgWriter svg, String text, double cx, double cy) {
    double w = width(text.lines().toList()) + 12;
    draw(svg, text, cx + w / 2 - 8, cy);
  }

  /** The width of the pill for {@code text}. */
  static double width(String text) {
    return width(text.lines().toList()) + 12;
  }

  /** How far the pill for {@code text} reaches above the point its last line is centred on. */
  static double above(String text) {
    return HEIGHT / 2 + (text.lines().count() - 1) * Type.lineHeight(Type.SMALL);
  }

  private static double width(List<String> lines) {
    double w = 0;
    for (String l : lines) {
      w = Math.max(w, Fonts.width(l, Type.SMALL, true));
    }
    return w;
  }
}
