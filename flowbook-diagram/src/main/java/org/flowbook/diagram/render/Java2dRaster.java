package org.flowbook.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowbook.diagram.text.Fonts;

/**
 * Draws the SVG this module writes ({@link SvgWriter}) with Java2D, element by element, in one
 * streaming pass: the same drawing as the SVG, text in the shipped Liberation Sans, without Batik's
 * document model, CSS engine and graphics tree (which made a small chart take seconds). It knows
 * exactly the subset {@link SvgWriter} writes — {@code g} (translate/rotate/scale), {@code rect},
 * {@code circle}, {@code polygon}, {@code path} (M L H V C Q Z, absolute and relative), {@code
 * text}/{@code tspan}, {@code linearGradient} fills — and throws {@link Unsupported} for anything
 * else, so the caller can fall back to Batik instead of drawing something wrong.
 */
final class Java2dRaster {
  /** The SVG uses something this rasterizer does not draw. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super("not drawn by the Java2D rasterizer: " + what);
    }
  }

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
  private static final Pattern TRANSFORM = Pattern.compile("(translate|rotate|scale)\\(([^)]*)\\)");

  private Java2dRaster() {}

  /** The drawing's size in SVG units (width, height) read from the root element. */
  record Size(double width, double height) {}

  /** Inheritable presentation attributes. */
  private record Style(
      String fill,
      String stroke,
      double strokeWidth,
      double fillOpacity,
      double fontSize,
      boolean bold,
      String anchor,
      String dash) {
    static final Style ROOT = new Style("#000000", "none", 1, 1, 16, false, "start", "");

    Style with(XMLStreamReader r) {
      return new Style(
          attr(r, "fill", fill),
          attr(r, "stroke", stroke),
          num(attr(r, "stroke-width", null), strokeWidth),
          num(attr(r, "fill-opacity", null), fillOpacity),
          num(attr(r, "font-size", null), fontSize),
          r.getAttributeValue(null, "font-weight") == null
              ? bold
              : "bold".equals(r.getAttributeValue(null, "font-weight")),
          attr(r, "text-anchor", anchor),
          attr(r, "stroke-dasharray", dash));
    }
  }

  /** Reads the size of the root {@code <svg>} (its width and height attributes). */
  static Size size(String svg) {
    try {
      XMLStreamReader r = reader(svg);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          if (!"svg".equals(r.getLocalName())) {
            throw new Unsupported("root <" + r.getLocalName() + ">");
          }
          return new Size(
              num(r.getAttributeValue(null, "width"), Double.NaN),
              num(r.getAttributeValue(null, "height"), Double.NaN));
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("the SVG could not be read: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("the SVG has no root element");
  }

  /** The image of the SVG at {@code scale} pixels per SVG unit, on white. */
  static BufferedImage draw(String svg, double scale) {
    Size size = size(svg);
    if (!(size.width() > 0 && size.height() > 0)) {
      throw new Unsupported("a root without width and height");
    }
    int w = Math.max(1, (int) Math.ceil(size.width() * scale));
    int h = Math.max(1, (int) Math.ceil(size.height() * scale));
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(scale, scale);
      new Pass(g).run(reader(svg));
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("the SVG could not be read: " + e.getMessage(), e);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static XMLStreamReader reader(String svg) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // Hardened: no DTDs, no external entities.
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f.createXMLStreamReader(new StringReader(svg));
  }

  /** One walk over the elements, drawing as it goes. */
  private static final class Pass {
    private final Graphics2D g;
    private final Deque<Style> styles = new ArrayDeque<>();
    private final Deque<AffineTransform> transforms = new ArrayDeque<>();
    private final Map<String, List<float[]>> gradients = new HashMap<>();
    private final Map<String, List<Color>> gradientColors = new HashMap<>();
    private String gradient;

    Pass(Graphics2D g) {
      this.g = g;
    }

    void run(XMLStreamReader r) throws XMLStreamException {
      styles.push(Style.ROOT);
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          start(r);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(r.getLocalName());
        }
      }
    }

    private void start(XMLStreamReader r) throws XMLStreamException {
      String tag = r.getLocalName();
      switch (tag) {
        case "title", "desc" -> skip(r);
        case "svg", "g", "a", "defs" -> {
          styles.push(styles.peek().with(r));
          transforms.push(g.getTransform());
          transform(r.getAttributeValue(null, "transform"));
        }
        case "linearGradient" -> {
          gradient = r.getAttributeValue(null, "id");
          gradients.put(gradient, new ArrayList<>());
          gradientColors.put(gradient, new ArrayList<>());
          if (!"0".equals(attr(r, "y2", "0")) || !"1".equals(attr(r, "x2", "1"))) {
            throw new Unsupported("a gradient that is not left to right");
          }
        }
        case "stop" -> {
          gradients.get(gradient).add(new float[] {(float) num(attr(r, "offset", "0"), 0)});
          gradientColors.get(gradient).add(color(attr(r, "stop-color", "#000000")));
        }
        case "rect" -> {
          Style s = styles.peek().with(r);
          double x = num(attr(r, "x", "0"), 0);
          double y = num(attr(r, "y", "0"), 0);
          double w = num(attr(r, "width", "0"), 0);
          double h = num(attr(r, "height", "0"), 0);
          double rx = num(attr(r, "rx", "0"), 0);
          Shape shape =
              rx > 0
                  ? new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * rx)
                  : new Rectangle2D.Double(x, y, w, h);
          paint(shape, s);
          skip(r);
        }
        case "circle" -> {
          Style s = styles.peek().with(r);
          double cx = num(attr(r, "cx", "0"), 0);
          double cy = num(attr(r, "cy", "0"), 0);
          double rr = num(attr(r, "r", "0"), 0);
          paint(new Ellipse2D.Double(cx - rr, cy - rr, 2 * rr, 2 * rr), s);
          skip(r);
        }
        case "polygon", "polyline" -> {
          Style s = styles.peek().with(r);
          double[] v = numbers(attr(r, "points", ""));
          Path2D.Double p = new Path2D.Double();
          for (int i = 0; i + 1 < v.length; i += 2) {
            if (i == 0) {
              p.moveTo(v[0], v[1]);
            } else {
              p.lineTo(v[i], v[i + 1]);
            }
          }
          if (tag.equals("polygon")) {
            p.closePath();
          }
          paint(p, s);
          skip(r);
        }
        case "path" -> {
          Style s = styles.peek().with(r);
          paint(path(attr(r, "d", "")), s);
          skip(r);
        }
        case "text" -> text(r);
        default -> throw new Unsupported("<" + tag + ">");
      }
    }

    private void end(String tag) {
      switch (tag) {
        case "svg", "g", "a", "defs" -> {
          styles.pop();
          g.setTransform(transforms.pop());
        }
        default -> {}
      }
    }

    private void transform(String t) {
      if (t == null || t.isBlank()) {
        return;
      }
      Matcher m = TRANSFORM.matcher(t);
      int at = 0;
      while (m.find()) {
        if (!t.substring(at, m.start()).isBlank()) {
          throw new Unsupported("transform " + t);
        }
        at = m.end();
        double[] v = numbers(m.group(2));
        switch (m.group(1)) {
          case "translate" -> g.translate(v[0], v.length > 1 ? v[1] : 0);
          case "rotate" -> {
            if (v.length == 3) {
              g.rotate(Math.toRadians(v[0]), v[1], v[2]);
            } else {
              g.rotate(Math.toRadians(v[0]));
            }
          }
          default -> g.scale(v[0], v.length > 1 ? v[1] : v[0]);
        }
      }
      if (!t.substring(at).isBlank()) {
        throw new Unsupported("transform " + t);
      }
    }

    private void paint(Shape shape, Style s) {
      Paint fill = paintOf(s.fill(), s.fillOpacity(), shape);
      if (fill != null) {
        g.setPaint(fill);
        g.fill(shape);
      }
      Paint stroke = paintOf(s.stroke(), 1, shape);
      if (stroke != null && s.strokeWidth() > 0) {
        g.setPaint(stroke);
        g.setStroke(stroke(s));
        g.draw(shape);
      }
    }

    private static BasicStroke stroke(Style s) {
      float w = (float) s.strokeWidth();
      if (s.dash().isEmpty() || s.dash().equals("none")) {
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
      }
      double[] d = numbers(s.dash());
      float[] dash = new float[d.length];
      for (int i = 0; i < d.length; i++) {
        dash[i] = (float) d[i];
      }
      return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    private Paint paintOf(String value, double opacity, Shape shape) {
      if (value == null || value.equals("none")) {
        return null;
      }
      if (value.startsWith("url(#")) {
        String id = value.substring(5, value.length() - 1);
        List<float[]> stops = gradients.get(id);
        if (stops == null || stops.size() < 2) {
          throw new Unsupported("fill " + value);
        }
        float[] fractions = new float[stops.size()];
        for (int i = 0; i < fractions.length; i++) {
          fractions[i] = stops.get(i)[0];
        }
        Rectangle2D b = shape.getBounds2D();
        return new LinearGradientPaint(
            (float) b.getMinX(),
            0,
            (float) b.getMaxX(),
            0,
            fractions,
            gradientColors.get(id).toArray(new Color[0]));
      }
      Color c = color(value);
      return opacity >= 1
          ? c
          : new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(opacity * 255));
    }

    /** A text and its tspans: each line at its own x and dy, anchored like SVG. */
    private void text(XMLStreamReader r) throws XMLStreamException {
      Style s = styles.peek().with(r);
      double x = num(attr(r, "x", "0"), 0);
      double y = num(attr(r, "y", "0"), 0);
      Font font = Fonts.awt(s.fontSize(), s.bold());
      Paint fill = paintOf(s.fill(), s.fillOpacity(), new Rectangle2D.Double());
      StringBuilder run = new StringBuilder();
      while (true) {
        int event = r.next();
        if (event == XMLStreamConstants.CHARACTERS) {
          run.append(r.getText());
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          if (!"tspan".equals(r.getLocalName())) {
            throw new Unsupported("<" + r.getLocalName() + "> in text");
          }
          line(run.toString(), x, y, font, s.anchor(), fill);
          run.setLength(0);
          x = num(attr(r, "x", null), x);
          y += num(attr(r, "dy", "0"), 0);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if ("text".equals(r.getLocalName())) {
            line(run.toString(), x, y, font, s.anchor(), fill);
            return;
          }
          line(run.toString(), x, y, font, s.anchor(), fill);
          run.setLength(0);
        }
      }
    }

    private void line(String text, double x, double y, Font font, String anchor, Paint fill) {
      if (text.isEmpty() || fill == null) {
        return;
      }
      double width =
          anchor.equals("start")
              ? 0
              : font.getStringBounds(text, g.getFontRenderContext()).getWidth();
      double left = anchor.equals("middle") ? x - width / 2 : anchor.equals("end") ? x - width : x;
      g.setFont(font);
      g.setPaint(fill);
      g.drawString(text, (float) left, (float) y);
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }
  }

  /** Path data with M L H V C Q Z, absolute and relative. */
  static Path2D.Double path(String d) {
    Path2D.Double p = new Path2D.Double();
    Matcher m = Pattern.compile("([MmLlHhVvCcQqZz])([^MmLlHhVvCcQqZzAaSsTt]*)").matcher(d);
    double cx = 0;
    double cy = 0;
    double sx = 0;
    double sy = 0;
    int at = 0;
    while (m.find()) {
      if (!d.substring(at, m.start()).isBlank()) {
        throw new Unsupported("path data " + d);
      }
      at = m.end();
      char c = m.group(1).charAt(0);
      boolean rel = Character.isLowerCase(c);
      double[] v = numbers(m.group(2));
      switch (Character.toUpperCase(c)) {
        case 'M', 'L' -> {
          for (int i = 0; i + 1 < v.length; i += 2) {
            cx = rel ? cx + v[i] : v[i];
            cy = rel ? cy + v[i + 1] : v[i + 1];
            if (i == 0 && Character.toUpperCase(c) == 'M') {
              p.moveTo(cx, cy);
              sx = cx;
              sy = cy;
            } else {
              p.lineTo(cx, cy);
            }
          }
        }
        case 'H' -> {
          for (double x : v) {
            cx = rel ? cx + x : x;
            p.lineTo(cx, cy);
          }
        }
        case 'V' -> {
          for (double y : v) {
            cy = rel ? cy + y : y;
            p.lineTo(cx, cy);
          }
        }
        case 'C' -> {
          for (int i = 0; i + 5 < v.length; i += 6) {
            double ox = rel ? cx : 0;
            double oy = rel ? cy : 0;
            p.curveTo(
                ox + v[i],
                oy + v[i + 1],
                ox + v[i + 2],
                oy + v[i + 3],
                ox + v[i + 4],
                oy + v[i + 5]);
            cx = ox + v[i + 4];
            cy = oy + v[i + 5];
          }
        }
        case 'Q' -> {
          for (int i = 0; i + 3 < v.length; i += 4) {
            double ox = rel ? cx : 0;
            double oy = rel ? cy : 0;
            p.quadTo(ox + v[i], oy + v[i + 1], ox + v[i + 2], oy + v[i + 3]);
            cx = ox + v[i + 2];
            cy = oy + v[i + 3];
          }
        }
        default -> {
          p.closePath();
          cx = sx;
          cy = sy;
        }
      }
    }
    if (!d.substring(at).isBlank()) {
      throw new Unsupported("path data " + d);
    }
    return p;
  }

  private static String attr(XMLStreamReader r, String name, String fallback) {
    String v = r.getAttributeValue(null, name);
    return v == null ? fallback : v;
  }

  private static double num(String s, double fallback) {
    if (s == null || s.isBlank()) {
      return fallback;
    }
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new Unsupported("number " + s);
    }
  }

  private static double[] numbers(String s) {
    Matcher m = NUMBER.matcher(s);
    List<Double> out = new ArrayList<>();
    while (m.find()) {
      out.add(Double.parseDouble(m.group()));
    }
    double[] v = new double[out.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = out.get(i);
    }
    return v;
  }

  private static Color color(String value) {
    String v = value.strip();
    if (v.matches("#[0-9a-fA-F]{6}")) {
      return new Color(Integer.parseInt(v.substring(1), 16));
    }
    if (v.matches("#[0-9a-fA-F]{3}")) {
      int r = Integer.parseInt(v.substring(1, 2), 16);
      int gr = Integer.parseInt(v.substring(2, 3), 16);
      int b = Integer.parseInt(v.substring(3, 4), 16);
      return new Color(r * 17, gr * 17, b * 17);
    }
    return switch (v) {
      case "white" -> Color.WHITE;
      case "black" -> Color.BLACK;
      default -> throw new Unsupported("colour " + value);
    };
  }
}
