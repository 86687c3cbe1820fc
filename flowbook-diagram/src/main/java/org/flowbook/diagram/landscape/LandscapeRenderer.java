package org.flowbook.diagram.landscape;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.render.Ids;
import org.flowbook.diagram.render.SvgWriter;
import org.flowbook.diagram.render.Words;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;
import org.flowbook.model.GroupKind;
import org.flowbook.model.LandscapeGroup;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;

/**
 * Draws the process landscape of a workspace: one band per group in declared order (management,
 * core, support...), one linked box per process, arrows for calls between processes.
 */
public final class LandscapeRenderer {
  private static final double TITLE = 40;

  private LandscapeRenderer() {}

  public static String svg(Workspace ws, LandscapeOptions options) {
    Language lang = options.language().orElse(ws.organization().language());
    LandscapeGroup other =
        new LandscapeGroup("other", Words.ungrouped(lang), GroupKind.SUPPORT, "", null);
    LandscapeLayout lay = new LandscapeLayout(ws, other);
    String title = Words.landscapeTitle(ws.organization().name(), lang);
    double width = Math.max(lay.width, Fonts.width(title, Type.TITLE, true) + 32);
    // A document, not one image: its processes are links a keyboard and a screen reader reach.
    SvgWriter svg =
        new SvgWriter()
            .begin(
                width,
                TITLE + lay.height,
                title,
                "",
                "flowbook landscape",
                "graphics-document document");
    svg.background(width, TITLE + lay.height);
    svg.boldText(title, "16", "27", Type.TITLE, "#1f2933", "class", "diagram-title");
    svg.open("g", "transform", "translate(0," + num(TITLE) + ")");
    for (LandscapeLayout.Band b : lay.bands) {
      band(svg, b, width, lang);
    }
    for (LandscapeLayout.Arrow a : lay.arrows) {
      arrow(svg, a, lang);
    }
    for (LandscapeLayout.Placed p : lay.boxes) {
      box(svg, p, options);
    }
    svg.close("g");
    return svg.end();
  }

  private static void band(SvgWriter svg, LandscapeLayout.Band b, double width, Language lang) {
    String fill =
        switch (b.group().kind()) {
          case MANAGEMENT -> "#f4f0fa";
          case CORE -> "#eaf2fb";
          case SUPPORT -> "#eef7ef";
        };
    Box r = b.bounds();
    Box h = b.header();
    svg.open(
        "g",
        "id",
        "group--" + Ids.slug(b.group().id()),
        "class",
        "group " + b.group().kind().name().toLowerCase(java.util.Locale.ROOT));
    svg.rect(
        new Box(r.x(), r.y(), width, r.height()),
        "fill",
        fill,
        "stroke",
        "#9aa5b1",
        "stroke-width",
        "1");
    svg.rect(
        h, "fill", "#ffffff", "fill-opacity", "0.55", "stroke", "#9aa5b1", "stroke-width", "1");
    List<String> lines = TextWrap.wrap(b.group().name(), h.width() - 20, Type.LANE, true, 3);
    double lh = Type.lineHeight(Type.LANE);
    double y0 = h.centerY() - (lines.size() * lh + 14) / 2 + Type.LANE * 0.8;
    svg.lines(lines, h.centerX(), y0, Type.LANE, true, "#1f2933");
    svg.element(
        "text",
        b.group().kind().word(lang),
        "x",
        num(h.centerX()),
        "y",
        num(y0 + lines.size() * lh + 2),
        "font-size",
        num(Type.SMALL),
        "fill",
        "#61707f",
        "text-anchor",
        "middle");
    svg.close("g");
  }

  private static void box(SvgWriter svg, LandscapeLayout.Placed p, LandscapeOptions options) {
    Box b = p.box();
    String link = options.link(p.process().id());
    svg.open(
        "g",
        "id",
        "process--" + Ids.slug(p.process().id()),
        "class",
        "process",
        "data-process",
        p.process().id(),
        "data-group",
        p.process().group());
    svg.element(
        "title",
        p.process().title()
            + (p.process().owner().isEmpty() ? "" : " (" + p.process().owner() + ")"));
    if (!link.isEmpty()) {
      svg.open("a", "href", link, "xlink:href", link);
    }
    svg.rect(b, "rx", "10", "fill", "#ffffff", "stroke", "#34506e", "stroke-width", "1.6");
    double lh = Type.lineHeight(Type.NODE + 0.5);
    boolean owner = !p.process().owner().isEmpty();
    double block = p.lines().size() * lh + (owner ? 14 : 0);
    double y0 = b.centerY() - block / 2 + (Type.NODE + 0.5) * 0.8;
    svg.lines(p.lines(), b.centerX(), y0, Type.NODE + 0.5, true, "#1f2933");
    if (owner) {
      String o = TextWrap.wrap(p.process().owner(), b.width() - 16, Type.SMALL, false, 1).get(0);
      svg.element(
          "text",
          o,
          "x",
          num(b.centerX()),
          "y",
          num(y0 + p.lines().size() * lh + 2),
          "font-size",
          num(Type.SMALL),
          "fill",
          "#61707f",
          "text-anchor",
          "middle");
    }
    if (!link.isEmpty()) {
      svg.close("a");
    }
    svg.close("g");
  }

  private static void arrow(SvgWriter svg, LandscapeLayout.Arrow a, Language lang) {
    List<Point> pts = a.points();
    Point tip = pts.get(pts.size() - 1);
    List<Point> line = new java.util.ArrayList<>(pts);
    line.set(line.size() - 1, new Point(tip.x() - 7, tip.y()));
    svg.open("g", "class", "call", "data-from", a.from(), "data-to", a.to());
    svg.element("title", a.from() + " " + Words.calls(lang) + " " + a.to());
    svg.empty(
        "path",
        "d",
        SvgWriter.path(line),
        "fill",
        "none",
        "stroke",
        "#52606d",
        "stroke-width",
        "1.4",
        "stroke-dasharray",
        "5 3",
        "stroke-linejoin",
        "round");
    svg.empty(
        "polygon",
        "points",
        SvgWriter.points(
            tip, new Point(tip.x() - 9, tip.y() - 4.5), new Point(tip.x() - 9, tip.y() + 4.5)),
        "fill",
        "#52606d");
    svg.close("g");
  }
}
