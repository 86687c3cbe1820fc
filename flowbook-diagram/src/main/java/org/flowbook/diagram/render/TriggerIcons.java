package org.flowbook.diagram.render;

import static org.flowbook.diagram.render.SvgWriter.num;

import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.Point;
import org.flowbook.model.EventTrigger;

/** The BPMN marker inside an event circle: clock, envelope, lightning, triangle... */
final class TriggerIcons {
  private TriggerIcons() {}

  /** Draws the trigger's marker; throwing events get a filled marker, as in BPMN. */
  static void draw(SvgWriter svg, EventTrigger trigger, Box b, String color, boolean filled) {
    double cx = b.centerX();
    double cy = b.centerY();
    double s = b.width() / 36;
    String fill = filled ? color : "none";
    switch (trigger) {
      case TIMER -> {
        svg.circle(cx, cy, 9 * s, "fill", "#ffffff", "stroke", color, "stroke-width", "1.5");
        svg.empty(
            "path",
            "d",
            "M"
                + num(cx)
                + ","
                + num(cy - 6 * s)
                + " V"
                + num(cy)
                + " L"
                + num(cx + 4 * s)
                + ","
                + num(cy + 3 * s),
            "fill",
            "none",
            "stroke",
            color,
            "stroke-width",
            "1.5");
      }
      case MESSAGE -> {
        Box e = Box.centered(cx, cy, 16 * s, 11 * s);
        svg.rect(e, "fill", filled ? color : "#ffffff", "stroke", color, "stroke-width", "1.3");
        svg.empty(
            "path",
            "d",
            "M"
                + num(e.x())
                + ","
                + num(e.y())
                + " L"
                + num(cx)
                + ","
                + num(cy + 1 * s)
                + " L"
                + num(e.right())
                + ","
                + num(e.y()),
            "fill",
            "none",
            "stroke",
            filled ? "#ffffff" : color,
            "stroke-width",
            "1.3");
      }
      case ERROR ->
          polygon(
              svg,
              fill,
              color,
              new Point(cx - 7 * s, cy + 7 * s),
              new Point(cx - 3 * s, cy - 6 * s),
              new Point(cx + 1 * s, cy + 1 * s),
              new Point(cx + 6 * s, cy - 7 * s),
              new Point(cx + 3 * s, cy + 6 * s),
              new Point(cx - 1 * s, cy - 1 * s));
      case SIGNAL ->
          polygon(
              svg,
              fill,
              color,
              new Point(cx, cy - 8 * s),
              new Point(cx + 7.5 * s, cy + 5.5 * s),
              new Point(cx - 7.5 * s, cy + 5.5 * s));
      case ESCALATION ->
          polygon(
              svg,
              fill,
              color,
              new Point(cx, cy - 8 * s),
              new Point(cx + 6 * s, cy + 7 * s),
              new Point(cx, cy + 2 * s),
              new Point(cx - 6 * s, cy + 7 * s));
      case TERMINATE -> svg.circle(cx, cy, 8 * s, "fill", color);
      case CONDITIONAL -> {
        Box r = Box.centered(cx, cy, 12 * s, 15 * s);
        svg.rect(r, "fill", "#ffffff", "stroke", color, "stroke-width", "1.2");
        StringBuilder d = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
          double y = r.y() + i * r.height() / 5;
          d.append(i == 1 ? "" : " ")
              .append('M')
              .append(num(r.x() + 2 * s))
              .append(',')
              .append(num(y))
              .append(" H")
              .append(num(r.right() - 2 * s));
        }
        svg.empty("path", "d", d.toString(), "stroke", color, "stroke-width", "1");
      }
      case LINK ->
          polygon(
              svg,
              fill,
              color,
              new Point(cx - 7 * s, cy - 3 * s),
              new Point(cx + 1 * s, cy - 3 * s),
              new Point(cx + 1 * s, cy - 7 * s),
              new Point(cx + 8 * s, cy),
              new Point(cx + 1 * s, cy + 7 * s),
              new Point(cx + 1 * s, cy + 3 * s),
              new Point(cx - 7 * s, cy + 3 * s));
      case COMPENSATION -> {
        polygon(
            svg,
            fill,
            color,
            new Point(cx - 8 * s, cy),
            new Point(cx, cy - 6 * s),
            new Point(cx, cy + 6 * s));
        polygon(
            svg,
            fill,
            color,
            new Point(cx, cy),
            new Point(cx + 8 * s, cy - 6 * s),
            new Point(cx + 8 * s, cy + 6 * s));
      }
      case CANCEL ->
          svg.empty(
              "path",
              "d",
              "M"
                  + num(cx - 6 * s)
                  + ","
                  + num(cy - 6 * s)
                  + " L"
                  + num(cx + 6 * s)
                  + ","
                  + num(cy + 6 * s)
                  + " M"
                  + num(cx + 6 * s)
                  + ","
                  + num(cy - 6 * s)
                  + " L"
                  + num(cx - 6 * s)
                  + ","
                  + num(cy + 6 * s),
              "stroke",
              color,
              "stroke-width",
              "3");
      case NONE -> {
        // A plain event has no marker.
      }
    }
  }

  private static void polygon(SvgWriter svg, String fill, String color, Point... points) {
    svg.empty(
        "polygon",
        "points",
        SvgWriter.points(points),
        "fill",
        fill,
        "stroke",
        color,
        "stroke-width",
        "1.3",
        "stroke-linejoin",
        "round");
  }
}
