package org.flowbook.diagram.text;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width, measured with the shipped font. */
public final class TextWrap {
  private static final String ELLIPSIS = "…";

  private TextWrap() {}

  /**
   * The lines of the text wrapped at spaces to {@code maxWidth}; a word wider than a line is cut
   * where it no longer fits, and text beyond {@code maxLines} ends the last line with an ellipsis.
   */
  public static List<String> wrap(
      String text, double maxWidth, double size, boolean bold, int maxLines) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (Fonts.width(candidate, size, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
      line = word;
      while (Fonts.width(line, size, bold) > maxWidth && line.length() > 1) {
        int cut = fit(line, maxWidth, size, bold);
        lines.add(line.substring(0, cut));
        line = line.substring(cut);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    if (lines.size() <= maxLines) {
      return List.copyOf(lines);
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    String last = kept.get(maxLines - 1);
    while (!last.isEmpty() && Fonts.width(last + ELLIPSIS, size, bold) > maxWidth) {
      last = last.substring(0, last.length() - 1).stripTrailing();
    }
    kept.set(maxLines - 1, last + ELLIPSIS);
    return List.copyOf(kept);
  }

  /** The widest of the lines. */
  public static double widest(List<String> lines, double size, boolean bold) {
    double w = 0;
    for (String l : lines) {
      w = Math.max(w, Fonts.width(l, size, bold));
    }
    return w;
  }

  private static int fit(String word, double maxWidth, double size, boolean bold) {
    int n = 1;
    while (n < word.length() && Fonts.width(word.substring(0, n + 1), size, bold) <= maxWidth) {
      n++;
    }
    return n;
  }
}
