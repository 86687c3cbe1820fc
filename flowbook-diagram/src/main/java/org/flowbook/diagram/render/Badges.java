package org.flowbook.diagram.render;

import static org.flowbook.diagram.render.SvgWriter.num;

import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.Type;

/** Draws the small dark pill that carries an overlay's badge text. */
final class Badges {
  static final double HEIGHT = 17;

  private Badges() {}

  /** A badge whose right end is near {@code right} and whose middle sits on {@code y}. */
  static void draw(SvgWriter svg, String text, double right, double y) {
    double w = Fonts.width(text, Type.SMALL, true) + 12;
    double x = right - w + 8;
    svg.open("g", "class", "badge");
    svg.empty(
        "rect",
        "x",
        num(x),
        "y",
        num(y - HEIGHT / 2),
        "width",
        num(w),
        "height",
        num(HEIGHT),
        "rx",
        num(HEIGHT / 2),
        "fill",
        Palette.BADGE_FILL);
    svg.element(
        "text",
        text,
        "x",
        num(x + w / 2),
        "y",
        num(y + 3.6),
        "font-size",
        num(Type.SMALL),
        "font-weight",
        "bold",
        "fill",
        Palette.BADGE_TEXT,
        "text-anchor",
        "middle");
    svg.close("g");
  }

  /** A badge centered on a point (used on flows). */
  static void drawCentered(SvgWriter svg, String text, double cx, double cy) {
    double w = Fonts.width(text, Type.SMALL, true) + 12;
    draw(svg, text, cx + w / 2 - 8, cy);
  }
}
