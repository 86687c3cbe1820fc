package org.flowbook.handbook.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.handbook.figure.Picture;
import org.flowbook.output.Escape;
import org.flowbook.output.SvgInline;

/**
 * Prepares an SVG picture for inlining into a page that holds many: drops the XML prolog, gives
 * every id a per-picture prefix (two flowcharts must not share an arrow marker id) and sets the
 * display size while keeping the drawing's own coordinates in the viewBox.
 */
final class SvgEmbed {
  private static final Pattern ROOT = Pattern.compile("(?s)<svg\\b([^>]*)>");
  private static final Pattern SIZE_ATTR =
      Pattern.compile("\\s(width|height|role|aria-label|alt)\\s*=\\s*\"[^\"]*\"");

  private SvgEmbed() {}

  /**
   * @param label the picture's short name (its accessible name on screen)
   * @param alt the text that stands for the picture in a tagged PDF (a chart's narrative), or empty
   *     for none (on screen the figure's description is referenced instead)
   */
  static String inline(
      Picture picture, String prefix, double width, double height, String label, String alt) {
    String svg = SvgInline.withIdPrefix(picture.svg(), prefix);
    Matcher root = ROOT.matcher(svg);
    if (!root.find()) {
      throw new IllegalArgumentException("not an SVG picture");
    }
    String attrs = SIZE_ATTR.matcher(root.group(1)).replaceAll("");
    StringBuilder tag = new StringBuilder("<svg").append(attrs);
    if (!attrs.contains("viewBox")) {
      tag.append(
          String.format(
              Locale.ROOT, " viewBox=\"0 0 %.1f %.1f\"", picture.width(), picture.height()));
    }
    if (!attrs.contains("xmlns=")) {
      tag.append(" xmlns=\"http://www.w3.org/2000/svg\"");
    }
    // Points, not pixels: openhtmltopdf's SVG drawer and browsers agree on points (1px = 0.75pt).
    tag.append(
        String.format(
            Locale.ROOT, " width=\"%.1fpt\" height=\"%.1fpt\"", width * 0.75, height * 0.75));
    tag.append(" role=\"img\" aria-label=\"").append(Escape.attribute(label)).append('"');
    if (!alt.isEmpty()) {
      // openhtmltopdf's PDF/UA writer takes a figure's alternate text (/Alt) from "alt".
      tag.append(" alt=\"").append(Escape.attribute(alt)).append('"');
    }
    tag.append('>');
    return svg.substring(0, root.start()) + tag + svg.substring(root.end());
  }
}
