package org.flowbook.diagram.render;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.List;
import java.util.regex.Pattern;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DecisionParts;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Parallel;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/** Draws the BPMN shape of one step, its text and its overlay mark. */
final class StepPainter {
  private static final Pattern NUMBERED = Pattern.compile("\\d{1,4}[a-z]?");

  private final SvgWriter svg;

  StepPainter(SvgWriter svg) {
    this.svg = svg;
  }

  void paint(Step step, NodeLayout node, Mark mark) {
    Box b = node.bounds();
    if (step instanceof Activity a) {
      box(a, b, mark, false);
    } else if (step instanceof Call c) {
      box(c, b, mark, true);
    } else if (step instanceof Decision d) {
      decision(d, node, mark);
    } else if (step instanceof Parallel p) {
      diamond(b, mark, "parallel");
      label(node, p.title());
    } else if (step instanceof Start s) {
      circle(b, mark, Palette.START_FILL, Palette.START_STROKE, 2, false, false);
      TriggerIcons.draw(svg, s.trigger(), b, Palette.START_STROKE, false);
      label(node, s.title());
    } else if (step instanceof End e) {
      circle(b, mark, Palette.END_FILL, Palette.END_STROKE, 4, false, false);
      TriggerIcons.draw(svg, e.trigger(), b, Palette.END_STROKE, true);
      label(node, e.title());
    } else if (step instanceof Event e) {
      boolean dashed = e.isBoundary() && !e.interrupting();
      circle(b, mark, Palette.EVENT_FILL, Palette.EVENT_STROKE, 1.5, true, dashed);
      TriggerIcons.draw(svg, e.trigger(), b, Palette.EVENT_STROKE, e.throwing());
      label(node, e.title());
    }
    if (step instanceof Decision d && d.isWork()) {
      // On the work box, so the pill does not hide the question above the diamond.
      workBadge(DecisionParts.of(b, true).work(), node, d.question(), mark);
    } else {
      badge(b, mark);
    }
  }

  private void box(Step step, Box b, Mark mark, boolean call) {
    String fill = fill(mark, Palette.BOX_FILL);
    String stroke = Palette.stateStroke(mark.state(), Palette.BOX_STROKE);
    double width = call ? 3 : (mark.state() == ChangeState.UNCHANGED ? 1.5 : 2.5);
    svg.rect(
        b,
        "rx",
        "10",
        "fill",
        fill,
        "stroke",
        stroke,
        "stroke-width",
        num(width),
        "stroke-dasharray",
        mark.state() == ChangeState.REMOVED ? "6 4" : "");
    String ink = mark.heat() > 0 ? Palette.textOnHeat(mark.heat()) : Palette.INK;
    if (NUMBERED.matcher(step.id()).matches()) {
      svg.element(
          "text", step.id(),
          "x", num(b.x() + 8),
          "y", num(b.y() + 13),
          "font-size", num(Type.SMALL),
          "fill", mark.heat() > 0.62 ? ink : Palette.MUTED,
          "class", "number");
    }
    boxText(step.title(), b, ink);
    if (call) {
      Box m = Box.centered(b.centerX(), b.bottom() - 9, 12, 12);
      svg.rect(
          new Box(m.x(), m.y(), 12, 12),
          "fill",
          "none",
          "stroke",
          stroke,
          "stroke-width",
          "1.2",
          "class",
          "call-marker");
      svg.empty(
          "path",
          "d",
          "M"
              + num(m.centerX())
              + ","
              + num(m.y() + 2.5)
              + " V"
              + num(m.bottom() - 2.5)
              + " M"
              + num(m.x() + 2.5)
              + ","
              + num(m.centerY())
              + " H"
              + num(m.right() - 2.5),
          "stroke",
          stroke,
          "stroke-width",
          "1.4");
    }
  }

  private void boxText(String text, Box b, String ink) {
    double lh = Type.lineHeight(Type.NODE);
    int maxLines =
        (int)
            Math.max(
                1,
                Math.min(
                    Type.BOX_MAX_LINES, Math.floor((b.height() - 2 * Type.BOX_PAD_Y + 4) / lh)));
    List<String> lines =
        TextWrap.wrap(text, b.width() - 2 * Type.BOX_PAD_X, Type.NODE, false, maxLines);
    double top = b.centerY() - lines.size() * lh / 2 + Type.NODE * 0.8 + 2;
    svg.lines(lines, b.centerX(), top, Type.NODE, false, ink);
  }

  private void decision(Decision d, NodeLayout node, Mark mark) {
    DecisionParts parts = DecisionParts.of(node.bounds(), d.isWork());
    if (parts.hasWork()) {
      box(d, parts.work(), mark, false);
      Point a = parts.link().get(0);
      Point b = parts.link().get(1);
      svg.empty(
          "path",
          "d",
          "M"
              + num(a.x())
              + ","
              + num(a.y())
              + (parts.stacked() ? " V" + num(b.y()) : " H" + num(b.x())),
          "stroke",
          Palette.LINE,
          "stroke-width",
          "1.4");
      diamond(parts.diamond(), Mark.NONE.withState(mark.state()), kindClass(d.kind()));
      label(node, d.question());
    } else {
      diamond(parts.diamond(), mark, kindClass(d.kind()));
      label(node, d.question().isEmpty() ? d.title() : d.question());
    }
  }

  private static String kindClass(DecisionKind k) {
    return switch (k) {
      case EXCLUSIVE -> "exclusive";
      case INCLUSIVE -> "inclusive";
      case EVENT_BASED -> "event-based";
    };
  }

  private void diamond(Box b, Mark mark, String kind) {
    String stroke = Palette.stateStroke(mark.state(), Palette.GATEWAY_STROKE);
    svg.empty(
        "polygon",
        "points",
        SvgWriter.points(
            new Point(b.centerX(), b.y()),
            new Point(b.right(), b.centerY()),
            new Point(b.centerX(), b.bottom()),
            new Point(b.x(), b.centerY())),
        "fill",
        fill(mark, Palette.GATEWAY_FILL),
        "stroke",
        stroke,
        "stroke-width",
        "1.6",
        "stroke-dasharray",
        mark.state() == ChangeState.REMOVED ? "6 4" : "");
    double cx = b.centerX();
    double cy = b.centerY();
    switch (kind) {
      case "parallel" ->
          svg.empty(
              "path",
              "d",
              "M"
                  + num(cx)
                  + ","
                  + num(cy - 12)
                  + " V"
                  + num(cy + 12)
                  + " M"
                  + num(cx - 12)
                  + ","
                  + num(cy)
                  + " H"
                  + num(cx + 12),
              "stroke",
              stroke,
              "stroke-width",
              "3.5");
      case "inclusive" ->
          svg.circle(cx, cy, 10, "fill", "none", "stroke", stroke, "stroke-width", "2.5");
      case "event-based" -> {
        svg.circle(cx, cy, 11, "fill", "none", "stroke", stroke, "stroke-width", "1");
        svg.circle(cx, cy, 8.5, "fill", "none", "stroke", stroke, "stroke-width", "1");
        svg.empty(
            "polygon",
            "points",
            SvgWriter.points(
                new Point(cx, cy - 5.5),
                new Point(cx + 5.2, cy - 1.7),
                new Point(cx + 3.2, cy + 4.5),
                new Point(cx - 3.2, cy + 4.5),
                new Point(cx - 5.2, cy - 1.7)),
            "fill",
            "none",
            "stroke",
            stroke,
            "stroke-width",
            "1.2");
      }
      default -> {
        // An exclusive gateway is drawn without a marker, as most modelers do.
      }
    }
  }

  private void circle(
      Box b,
      Mark mark,
      String fill,
      String stroke,
      double width,
      boolean twoRings,
      boolean dashed) {
    String s = Palette.stateStroke(mark.state(), stroke);
    double r = b.width() / 2;
    svg.circle(
        b.centerX(),
        b.centerY(),
        r,
        "fill",
        fill(mark, fill),
        "stroke",
        s,
        "stroke-width",
        num(width),
        "stroke-dasharray",
        dashed || mark.state() == ChangeState.REMOVED ? "5 3" : "");
    if (twoRings) {
      svg.circle(
          b.centerX(),
          b.centerY(),
          r - 3.5,
          "fill",
          "none",
          "stroke",
          s,
          "stroke-width",
          num(width),
          "stroke-dasharray",
          dashed ? "5 3" : "");
    }
  }

  private void label(NodeLayout node, String text) {
    if (text.isEmpty() || node.label().isEmpty()) {
      return;
    }
    Box l = node.label().get();
    // As many lines as the label box holds (an event's label is never cut), at least three.
    int fits = (int) Math.floor((l.height() - 1) / Type.lineHeight(Type.LABEL));
    int maxLines = Math.min(Type.EVENT_LABEL_MAX_LINES, Math.max(Type.LABEL_MAX_LINES, fits));
    List<String> lines = TextWrap.wrap(text, l.width(), Type.LABEL, false, maxLines);
    svg.lines(lines, l.centerX(), l.y() + Type.LABEL * 0.85, Type.LABEL, false, Palette.INK);
  }

  private void badge(Box b, Mark mark) {
    if (mark.hasBadge()) {
      Badges.draw(svg, mark.badge(), b.right(), badgeY(b, b.right(), mark.badge()));
    }
  }

  /**
   * Where a badge's last line sits: on the box's top edge, or — when the pill is so wide that it
   * reaches the step number in the box's top-left corner — a little higher, so the number stays
   * readable.
   */
  private static double badgeY(Box box, double right, String badge) {
    double pillLeft = right - Badges.width(badge) + 8;
    return pillLeft < box.x() + 24 ? box.y() - Badges.HEIGHT / 2 + 2 : box.y();
  }

  /**
   * The badge of a decision's work box. A wide or tall pill at the box's right corner can reach the
   * question written above the diamond; it then moves left, as far as the box's left edge, and when
   * that is not far enough it hangs below the box instead.
   */
  private void workBadge(Box work, NodeLayout node, String question, Mark mark) {
    if (!mark.hasBadge()) {
      return;
    }
    double right = work.right();
    if (node.label().isPresent() && !question.isEmpty()) {
      Box l = node.label().get();
      List<String> lines =
          TextWrap.wrap(question, l.width(), Type.LABEL, false, Type.LABEL_MAX_LINES);
      double textWidth = 0;
      for (String line : lines) {
        textWidth = Math.max(textWidth, Fonts.width(line, Type.LABEL, false));
      }
      double textLeft = l.centerX() - textWidth / 2;
      double textBottom = l.y() + lines.size() * Type.lineHeight(Type.LABEL);
      double pillTop = work.y() - Badges.above(mark.badge());
      // The pill spans [right - width + 8, right + 8]; keep 4 px clear of the question.
      if (textBottom > pillTop && textLeft - 4 < right + 8) {
        double leftmost = work.x() + Badges.width(mark.badge()) - 8;
        if (textLeft - 12 < leftmost) {
          // Even at the box's left edge the pill would cover the question: hang it below.
          Badges.draw(
              svg, mark.badge(), work.right(), work.bottom() + Badges.above(mark.badge()) + 2);
          return;
        }
        right = Math.min(right, textLeft - 12);
      }
    }
    Badges.draw(svg, mark.badge(), right, badgeY(work, right, mark.badge()));
  }

  private static String fill(Mark mark, String normal) {
    if (mark.heat() > 0) {
      return Palette.heat(mark.heat());
    }
    return Palette.stateFill(mark.state(), normal);
  }
}
