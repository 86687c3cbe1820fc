package org.flowbook.diagram.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.text.Fonts;
import org.flowbook.output.Escape;

/**
 * Writes SVG elements as text. Numbers are rounded to one decimal and written without locale, so
 * the same drawing always gives the same bytes.
 */
public final class SvgWriter {
  private final StringBuilder out = new StringBuilder(8192);
  private int depth;

  /** Opens the document with its size and accessible title, as one image for screen readers. */
  public SvgWriter begin(double width, double height, String title, String cssClass) {
    return begin(width, height, title, "", cssClass, "img");
  }

  /**
   * Opens the document with its size, accessible title and description ({@code <desc>}, left out
   * when empty) and ARIA role: {@code img} for a picture read as a whole, {@code graphics-document
   * document} for a chart whose parts are read one by one.
   */
  public SvgWriter begin(
      double width, double height, String title, String desc, String cssClass, String role) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"")
        .append(" class=\"")
        .append(Escape.attribute(cssClass))
        .append("\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\" font-family=\"")
        .append(Escape.attribute(Fonts.FAMILY))
        .append("\" role=\"")
        .append(Escape.attribute(role))
        .append("\">\n");
    depth = 1;
    element("title", title);
    if (!desc.isEmpty()) {
      element("desc", desc);
    }
    return this;
  }

  public String end() {
    out.append("</svg>\n");
    return out.toString();
  }

  /** Opens a group; attributes come as name, value pairs (empty values are left out). */
  public SvgWriter open(String tag, String... attributes) {
    indent().append('<').append(tag);
    attrs(attributes);
    out.append(">\n");
    depth++;
    return this;
  }

  public SvgWriter close(String tag) {
    depth--;
    indent().append("</").append(tag).append(">\n");
    return this;
  }

  /** An element without children. */
  public SvgWriter empty(String tag, String... attributes) {
    indent().append('<').append(tag);
    attrs(attributes);
    out.append("/>\n");
    return this;
  }

  /** A {@code <rect>} covering a box, with further attributes (fill, stroke, rx …). */
  public SvgWriter rect(Box b, String... attributes) {
    String[] all = new String[8 + attributes.length];
    all[0] = "x";
    all[1] = num(b.x());
    all[2] = "y";
    all[3] = num(b.y());
    all[4] = "width";
    all[5] = num(b.width());
    all[6] = "height";
    all[7] = num(b.height());
    System.arraycopy(attributes, 0, all, 8, attributes.length);
    return empty("rect", all);
  }

  /** A {@code <circle>} around (cx, cy) of radius r, with further attributes (fill, stroke …). */
  public SvgWriter circle(double cx, double cy, double r, String... attributes) {
    String[] all = new String[6 + attributes.length];
    all[0] = "cx";
    all[1] = num(cx);
    all[2] = "cy";
    all[3] = num(cy);
    all[4] = "r";
    all[5] = num(r);
    System.arraycopy(attributes, 0, all, 6, attributes.length);
    return empty("circle", all);
  }

  /** A white background over the whole drawing, so it reads the same on a dark page. */
  public SvgWriter background(double width, double height) {
    return empty(
        "rect", "x", "0", "y", "0", "width", num(width), "height", num(height), "fill", "#ffffff");
  }

  /** A line of bold text (a drawing's or chart's title) at (x, y), then further attributes. */
  public SvgWriter boldText(
      String text, String x, String y, double size, String fill, String... more) {
    String[] all = new String[10 + more.length];
    String[] fixed = {"x", x, "y", y, "font-size", num(size), "font-weight", "bold", "fill", fill};
    System.arraycopy(fixed, 0, all, 0, fixed.length);
    System.arraycopy(more, 0, all, fixed.length, more.length);
    return element("text", text, all);
  }

  /**
   * A filled arrow head with its tip at {@code tip}, pointing along the unit vector (ux, uy),
   * {@code length} long and 0.9 × {@code length} wide.
   */
  public SvgWriter arrowHead(Point tip, double ux, double uy, double length, String fill) {
    double hw = length * 0.45;
    return empty(
        "polygon",
        "points",
        points(
            tip,
            new Point(tip.x() - ux * length - uy * hw, tip.y() - uy * length + ux * hw),
            new Point(tip.x() - ux * length + uy * hw, tip.y() - uy * length - ux * hw)),
        "fill",
        fill);
  }

  /** An element holding only text. */
  public SvgWriter element(String tag, String text, String... attributes) {
    indent().append('<').append(tag);
    attrs(attributes);
    out.append('>').append(Escape.text(text)).append("</").append(tag).append(">\n");
    return this;
  }

  /**
   * Lines of text centered on {@code cx}, the first baseline at {@code y}; one {@code tspan} per
   * line so the text stays selectable as a whole.
   */
  public SvgWriter lines(
      List<String> lines, double cx, double y, double size, boolean bold, String fill) {
    return lines(lines, cx, y, size, bold, fill, "middle");
  }

  public SvgWriter lines(
      List<String> lines,
      double x,
      double y,
      double size,
      boolean bold,
      String fill,
      String anchor) {
    if (lines.isEmpty()) {
      return this;
    }
    indent().append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    attrs(
        "font-size",
        num(size),
        "font-weight",
        bold ? "bold" : "",
        "fill",
        fill,
        "text-anchor",
        anchor.equals("start") ? "" : anchor);
    out.append('>');
    double lh = org.flowbook.diagram.text.Type.lineHeight(size);
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0) {
        out.append(Escape.text(lines.get(0)));
      } else {
        out.append("<tspan x=\"")
            .append(num(x))
            .append("\" dy=\"")
            .append(num(lh))
            .append("\">")
            .append(Escape.text(lines.get(i)))
            .append("</tspan>");
      }
    }
    out.append("</text>\n");
    return this;
  }

  /** The path data of a polyline. */
  public static String path(List<Point> points) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      d.append(i == 0 ? "M" : " L")
          .append(num(points.get(i).x()))
          .append(',')
          .append(num(points.get(i).y()));
    }
    return d.toString();
  }

  /** The points attribute of a polygon. */
  public static String points(Point... points) {
    StringBuilder d = new StringBuilder();
    for (Point p : points) {
      if (d.length() > 0) {
        d.append(' ');
      }
      d.append(num(p.x())).append(',').append(num(p.y()));
    }
    return d.toString();
  }

  /** A number rounded to one decimal, without a trailing ".0". */
  public static String num(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  private void attrs(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      String v = attributes[i + 1];
      if (v != null && !v.isEmpty()) {
        out.append(' ').append(attributes[i]).append("=\"").append(Escape.attribute(v)).append('"');
      }
    }
  }

  private StringBuilder indent() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }
}
