package org.flowbook.diagram.render;

import static org.flowbook.diagram.render.SvgWriter.num;

import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.Type;
import org.flowbook.model.Language;

/** Draws the legend of an overlay: its title, the heat ramp and the diff colours it uses. */
final class LegendPainter {
  static final double HEIGHT = 64;
  private static final double RAMP = 160;

  private LegendPainter() {}

  /** The width the legend needs. */
  static double width(Overlay o, Language lang) {
    double w = Fonts.width(o.title().isEmpty() ? Words.legend(lang) : o.title(), Type.LABEL, true);
    double row = 0;
    if (o.usesHeat()) {
      row +=
          Fonts.width(o.heatLow(), Type.SMALL, false)
              + RAMP
              + Fonts.width(o.heatHigh(), Type.SMALL, false)
              + 40;
    }
    if (o.usesStates()) {
      for (ChangeState s :
          new ChangeState[] {ChangeState.ADDED, ChangeState.REMOVED, ChangeState.CHANGED}) {
        row += 30 + Fonts.width(Words.state(s, lang), Type.SMALL, false) + 16;
      }
    }
    return Math.max(w, row) + 32;
  }

  static void paint(SvgWriter svg, Overlay o, Language lang, double x, double y) {
    svg.open("g", "class", "legend", "transform", "translate(" + num(x) + "," + num(y) + ")");
    svg.boldText(
        o.title().isEmpty() ? Words.legend(lang) : o.title(), "0", "14", Type.LABEL, Palette.INK);
    double cx = 0;
    double row = 38;
    if (o.usesHeat()) {
      svg.open("defs");
      svg.open("linearGradient", "id", "heat-ramp", "x1", "0", "x2", "1", "y1", "0", "y2", "0");
      for (int i = 0; i <= 4; i++) {
        svg.empty("stop", "offset", num(i / 4.0), "stop-color", Palette.heat(i / 4.0));
      }
      svg.close("linearGradient");
      svg.close("defs");
      if (!o.heatLow().isEmpty()) {
        svg.element(
            "text",
            o.heatLow(),
            "x",
            num(cx),
            "y",
            num(row + 4),
            "font-size",
            num(Type.SMALL),
            "fill",
            Palette.INK);
        cx += Fonts.width(o.heatLow(), Type.SMALL, false) + 6;
      }
      svg.rect(
          new Box(cx, row - 7, RAMP, 14),
          "fill",
          "url(#heat-ramp)",
          "stroke",
          Palette.LANE_STROKE,
          "stroke-width",
          "0.8");
      cx += RAMP + 6;
      if (!o.heatHigh().isEmpty()) {
        svg.element(
            "text",
            o.heatHigh(),
            "x",
            num(cx),
            "y",
            num(row + 4),
            "font-size",
            num(Type.SMALL),
            "fill",
            Palette.INK);
        cx += Fonts.width(o.heatHigh(), Type.SMALL, false);
      }
      cx += 28;
    }
    if (o.usesStates()) {
      for (ChangeState s :
          new ChangeState[] {ChangeState.ADDED, ChangeState.REMOVED, ChangeState.CHANGED}) {
        svg.rect(
            new Box(cx, row - 8, 24, 16),
            "rx",
            "4",
            "fill",
            Palette.stateFill(s, Palette.BOX_FILL),
            "stroke",
            Palette.stateStroke(s, Palette.BOX_STROKE),
            "stroke-width",
            "2",
            "stroke-dasharray",
            s == ChangeState.REMOVED ? "5 3" : "");
        cx += 30;
        String word = Words.state(s, lang);
        svg.element(
            "text",
            word,
            "x",
            num(cx),
            "y",
            num(row + 4),
            "font-size",
            num(Type.SMALL),
            "fill",
            Palette.INK);
        cx += Fonts.width(word, Type.SMALL, false) + 16;
      }
    }
    svg.close("g");
  }
}
