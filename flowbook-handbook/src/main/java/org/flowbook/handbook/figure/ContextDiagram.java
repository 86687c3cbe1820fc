package org.flowbook.handbook.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowbook.output.Escape;

/**
 * The small "where this fits" drawing: the processes that call this one on the left, this one in
 * the middle, the ones it calls on the right, joined by arrows.
 */
public final class ContextDiagram {
  private static final double BOX_W = 190;
  private static final double BOX_H = 46;
  private static final double GAP_X = 60;
  private static final double GAP_Y = 14;
  private static final double PAD = 10;
  private static final int WRAP = 26;

  private ContextDiagram() {}

  /** Draws the process between its callers and the processes it calls. */
  public static Picture draw(String title, List<String> callers, List<String> callees) {
    int rows = Math.max(1, Math.max(callers.size(), callees.size()));
    double height = PAD * 2 + rows * BOX_H + (rows - 1) * GAP_Y;
    double width = PAD * 2 + 3 * BOX_W + 2 * GAP_X;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                + " font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"12\">",
            width,
            height,
            width,
            height));
    svg.append(
        "<defs><marker id=\"ctx-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
            + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4a5a6a\"/></marker></defs>");
    double midY = height / 2 - BOX_H / 2;
    double centerX = PAD + BOX_W + GAP_X;
    box(svg, centerX, midY, title, true);
    column(svg, callers, PAD, height, centerX, midY, true);
    column(svg, callees, centerX + BOX_W + GAP_X, height, centerX, midY, false);
    svg.append("</svg>");
    return new Picture(svg.toString(), width, height);
  }

  private static void column(
      StringBuilder svg,
      List<String> names,
      double x,
      double height,
      double centerX,
      double midY,
      boolean left) {
    double total = names.size() * BOX_H + Math.max(0, names.size() - 1) * GAP_Y;
    double y = (height - total) / 2;
    for (String name : names) {
      box(svg, x, y, name, false);
      double fromX = left ? x + BOX_W : centerX + BOX_W;
      double fromY = left ? y + BOX_H / 2 : midY + BOX_H / 2;
      double toX = left ? centerX : x;
      double toY = left ? midY + BOX_H / 2 : y + BOX_H / 2;
      svg.append(
          String.format(
              Locale.ROOT,
              "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"#4a5a6a\""
                  + " stroke-width=\"1.4\" marker-end=\"url(#ctx-arrow)\"/>",
              fromX,
              fromY,
              (fromX + toX) / 2,
              fromY,
              (fromX + toX) / 2,
              toY,
              toX,
              toY));
      y += BOX_H + GAP_Y;
    }
  }

  private static void box(StringBuilder svg, double x, double y, String text, boolean focus) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.0f\" height=\"%.0f\" rx=\"6\" fill=\"%s\" stroke=\"%s\""
                + " stroke-width=\"%s\"/>",
            x,
            y,
            BOX_W,
            BOX_H,
            focus ? "#1f4e79" : "#eef2f6",
            focus ? "#1f4e79" : "#8a9aab",
            focus ? "1.5" : "1"));
    List<String> lines = wrap(text);
    double lineH = 14;
    double startY = y + BOX_H / 2 - (lines.size() - 1) * lineH / 2 + 4;
    for (int i = 0; i < lines.size(); i++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\"%s>%s</text>",
              x + BOX_W / 2,
              startY + i * lineH,
              focus ? "#ffffff" : "#1c2833",
              focus ? " font-weight=\"bold\"" : "",
              Escape.text(lines.get(i))));
    }
  }

  /** At most two lines of about {@value #WRAP} characters; longer titles end with an ellipsis. */
  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    if (lines.size() > 2) {
      String second = lines.get(1);
      lines =
          new ArrayList<>(
              List.of(
                  lines.get(0),
                  (second.length() > WRAP - 1 ? second.substring(0, WRAP - 1) : second) + "…"));
    }
    return lines;
  }
}
