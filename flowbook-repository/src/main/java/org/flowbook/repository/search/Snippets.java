package org.flowbook.repository.search;

import java.util.Arrays;
import java.util.Locale;

/** Picks the line of a hit's text that best shows why it matched. */
final class Snippets {
  private static final int MAX = 180;
  private static final int STEM = 5;

  private Snippets() {}

  static String best(String body, String query) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String[] words =
        Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(w -> w.length() > 1)
            .map(w -> w.length() > STEM ? w.substring(0, STEM) : w)
            .toArray(String[]::new);
    String bestLine = null;
    int bestCount = 0;
    for (String line : body.split("\n")) {
      String l = line.toLowerCase(Locale.ROOT);
      int count = 0;
      for (String w : words) {
        if (l.contains(w)) {
          count++;
        }
      }
      if (count > bestCount) {
        bestCount = count;
        bestLine = line;
      }
    }
    String s = bestLine != null ? bestLine : body.split("\n")[0];
    return s.length() > MAX ? s.substring(0, MAX - 1) + "…" : s;
  }
}
