package org.flowbook.diagram.render;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.EdgeLayout;
import org.flowbook.diagram.layout.Joins;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.medium.Piece;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.text.Conditions;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * Draws a process as semantic SVG from a layout: lanes, BPMN shapes, orthogonal flows and an
 * optional overlay with its legend. Every step is a {@code <g>} with a stable id ({@link Ids}), a
 * class for its kind, {@code data-step}/{@code data-role} attributes and a {@code <title>}; all
 * text is real {@code <text>}.
 */
public final class FlowchartRenderer {
  private static final double TITLE_HEIGHT = 40;
  private static final double MARGIN = 16;

  private FlowchartRenderer() {}

  /** The SVG document of the process drawn with the given layout. */
  public static String svg(Process process, DiagramLayout layout, RenderOptions options) {
    return draw(process, layout, options, svg -> {});
  }

  /**
   * One piece of a chart cut for the pages of a medium: its lanes, steps and flows, and an off-page
   * connector (a tag with the step number at the other end) where a flow crosses a cut.
   */
  public static String piece(Process process, Piece piece, RenderOptions options) {
    return draw(
        process,
        piece.layout(),
        options,
        svg -> ConnectorPainter.paint(svg, process, piece.leaving(), piece.arriving()));
  }

  /**
   * One tile of a chart cut for printing as separate sheets ({@link Tiles}): the piece with its
   * off-page connectors, a title naming the tile, the cut edges drawn as dashed lines, and under
   * the chart the lines that say where each cut flow continues.
   */
  static String tile(
      Process process,
      Piece piece,
      RenderOptions options,
      String title,
      Consumer<SvgWriter> marks,
      List<String> footer) {
    return draw(
        process,
        piece.layout(),
        options,
        title,
        svg -> {
          ConnectorPainter.paint(svg, process, piece.leaving(), piece.arriving());
          marks.accept(svg);
        },
        footer);
  }

  private static String draw(
      Process process, DiagramLayout layout, RenderOptions options, Consumer<SvgWriter> extra) {
    return draw(process, layout, options, process.title(), extra, List.of());
  }

  private static String draw(
      Process process,
      DiagramLayout layout,
      RenderOptions options,
      String title,
      Consumer<SvgWriter> extra,
      List<String> footer) {
    Language lang = options.language().orElse(process.language());
    Overlay overlay = options.overlay();
    double top = options.title() ? TITLE_HEIGHT : 0;
    double legendWidth = overlay.isEmpty() ? 0 : LegendPainter.width(overlay, lang);
    double titleWidth = options.title() ? Fonts.width(title, Type.TITLE, true) + 2 * MARGIN : 0;
    double footerLine = Type.lineHeight(Type.LABEL) + 2;
    double footerWidth =
        footer.stream().mapToDouble(f -> Fonts.width(f, Type.LABEL, false)).max().orElse(0)
            + 2 * MARGIN;
    double width =
        Math.max(Math.max(layout.width(), footerWidth), Math.max(legendWidth, titleWidth));
    double legendTop = top + layout.height();
    double footerTop = legendTop + (overlay.isEmpty() ? 0 : LegendPainter.HEIGHT);
    double height = footerTop + (footer.isEmpty() ? 0 : footer.size() * footerLine + 12);

    SvgWriter svg =
        new SvgWriter()
            .begin(
                width,
                height,
                process.title(),
                Reading.chart(process, lang),
                "flowbook flowchart",
                "graphics-document document");
    svg.open(
        "g",
        "id",
        "process--" + Ids.slug(process.id()),
        "class",
        "process",
        "data-process",
        process.id());
    svg.background(width, height);
    if (options.title()) {
      svg.boldText(title, num(MARGIN), "27", Type.TITLE, Palette.INK, "class", "diagram-title");
    }
    svg.open("g", "class", "diagram", "transform", "translate(0," + num(top) + ")");
    for (int i = 0; i < layout.lanes().size(); i++) {
      lane(svg, process, layout.lanes().get(i), i, lang);
    }
    edges(svg, process, layout, overlay);
    nodes(svg, process, layout, overlay, lang);
    extra.accept(svg);
    svg.close("g");
    if (!overlay.isEmpty()) {
      LegendPainter.paint(svg, overlay, lang, MARGIN, legendTop + 8);
    }
    if (!footer.isEmpty()) {
      svg.open("g", "class", "tile-continuations");
      for (int i = 0; i < footer.size(); i++) {
        svg.element(
            "text",
            footer.get(i),
            "x",
            num(MARGIN),
            "y",
            num(footerTop + 6 + (i + 1) * footerLine - 4),
            "font-size",
            num(Type.LABEL),
            "fill",
            Palette.INK);
      }
      svg.close("g");
    }
    svg.close("g");
    return svg.end();
  }

  private static void lane(SvgWriter svg, Process p, LaneLayout lane, int index, Language lang) {
    String label =
        lane.label().isEmpty() && lane.role().isEmpty() ? Words.otherLane(lang) : lane.label();
    Box b = lane.bounds();
    Box h = lane.header();
    // Hidden from screen readers: every step's description names its role.
    svg.open(
        "g",
        "id",
        Ids.lane(p.id(), lane.role()),
        "class",
        "lane",
        "data-role",
        lane.role(),
        "aria-hidden",
        "true");
    svg.rect(
        b,
        "fill",
        index % 2 == 0 ? Palette.LANE_FILL_A : Palette.LANE_FILL_B,
        "stroke",
        Palette.LANE_STROKE,
        "stroke-width",
        "1");
    svg.rect(h, "fill", Palette.HEADER_FILL, "stroke", Palette.LANE_STROKE, "stroke-width", "1");
    double lh = Type.lineHeight(Type.LANE);
    if (h.width() < 60 && h.height() > h.width()) {
      // A narrow header (as in most BPMN files) gets its text turned, like those tools draw it.
      List<String> lines = TextWrap.wrap(label, h.height() - 10, Type.LANE, true, 1);
      svg.open(
          "g",
          "transform",
          "translate("
              + num(h.centerX() + Type.LANE * 0.35)
              + ","
              + num(h.centerY())
              + ") rotate(-90)");
      svg.lines(lines, 0, 0, Type.LANE, true, Palette.INK);
      svg.close("g");
    } else {
      int maxLines = (int) Math.max(1, Math.floor((h.height() - 8) / lh));
      List<String> lines = TextWrap.wrap(label, h.width() - 14, Type.LANE, true, maxLines);
      double y0 = h.centerY() - lines.size() * lh / 2 + Type.LANE * 0.8;
      svg.lines(lines, h.centerX(), y0, Type.LANE, true, Palette.INK);
    }
    svg.close("g");
  }

  private static void edges(SvgWriter svg, Process p, DiagramLayout layout, Overlay overlay) {
    FlowPainter painter = new FlowPainter(svg);
    Map<String, Integer> seen = new HashMap<>();
    for (EdgeLayout e : layout.edges()) {
      Optional<Flow> flow = flowOf(p, e);
      String key = e.from() + "\u0000" + e.to();
      int occurrence = seen.merge(key, 1, Integer::sum);
      Mark mark = overlay.flow(e.from(), e.to());
      String cond = flow.map(f -> Conditions.text(f, p.language())).orElse("");
      svg.open(
          "g",
          "id",
          Ids.flow(p.id(), e.from(), e.to(), occurrence),
          "class",
          "flow" + stateClass(mark),
          "data-from",
          e.from(),
          "data-to",
          e.to(),
          // Hidden from screen readers: the source step's description says where it leads.
          "aria-hidden",
          "true");
      svg.element("title", e.from() + " → " + e.to() + (cond.isEmpty() ? "" : ": " + cond));
      List<String> lines = flow.map(f -> Conditions.lines(f, p.language())).orElse(List.of());
      painter.paint(e, lines, flow.map(Flow::isDefault).orElse(false), mark);
      svg.close("g");
    }
    for (Point join : Joins.of(layout)) {
      svg.circle(join.x(), join.y(), 3.5, "fill", Palette.LINE, "class", "flow-join");
    }
  }

  private static Optional<Flow> flowOf(Process p, EdgeLayout e) {
    if (e.flowIndex() < p.flows().size()) {
      Flow f = p.flows().get(e.flowIndex());
      if (f.from().equals(e.from()) && f.to().equals(e.to())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static void nodes(
      SvgWriter svg, Process p, DiagramLayout layout, Overlay overlay, Language lang) {
    StepPainter painter = new StepPainter(svg);
    for (NodeLayout n : Reading.order(p, layout.nodes())) {
      Optional<Step> step = p.step(n.stepId());
      if (step.isEmpty()) {
        continue;
      }
      Step s = step.get();
      Mark mark = overlay.step(s.id());
      svg.open(
          "g",
          "id",
          Ids.step(p.id(), s.id()),
          "class",
          "step " + StepText.kind(s) + stateClass(mark),
          "data-step",
          s.id(),
          "data-role",
          s.performer(),
          "data-badge",
          mark.badge().replace("\n", " · "),
          "role",
          "graphics-symbol");
      svg.element("title", StepText.title(s, lang));
      String desc =
          (mark.state() == ChangeState.UNCHANGED ? "" : Words.state(mark.state(), lang) + ". ")
              + Reading.step(p, s, lang);
      if (!desc.isEmpty()) {
        svg.element("desc", desc);
      }
      painter.paint(s, n, mark);
      MessageMarkers.draw(svg, p, s, n.bounds(), lang);
      svg.close("g");
    }
  }

  private static String stateClass(Mark m) {
    return m.state() == ChangeState.UNCHANGED
        ? ""
        : " " + m.state().name().toLowerCase(java.util.Locale.ROOT);
  }
}
