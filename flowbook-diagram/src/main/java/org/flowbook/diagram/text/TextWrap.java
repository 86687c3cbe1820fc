package org.flowbook.diagram.text;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width, measured with the shipped font. */
public final class TextWrap {
  private static final String ELLIPSIS = "…";

  private TextWrap() {}

  /**
   * The lines of the text wrapped at spaces to {@code maxWidth}; a word wider than a line (long
   * Swedish compounds: "arbetsmiljöintroduktion") is hyphenated, after a hyphen or slash it already
   * has or else between syllables, and text beyond {@code maxLines} ends the last line with an
   * ellipsis.
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
        int cut = hyphenation(line, maxWidth, size, bold);
        boolean hasMark = line.charAt(cut - 1) == '-' || line.charAt(cut - 1) == '/';
        lines.add(line.substring(0, cut) + (hasMark || cut == 1 ? "" : "-"));
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

  /**
   * Where to break a word too wide for a line: the last place before which the part (with its
   * hyphen) fits, preferring — in this order — just after a hyphen or slash in the word, and a
   * syllable boundary (between two consonants, or before a consonant that starts a syllable:
   * "in-tro-duk-tion"), keeping at least three letters on each side; else the last place that fits.
   */
  private static int hyphenation(String word, double maxWidth, double size, boolean bold) {
    int plain = fit(word, maxWidth, size, bold);
    for (int i = Math.min(plain, word.length() - 1); i >= 2; i--) {
      char before = word.charAt(i - 1);
      if (before == '-' || before == '/') {
        return i;
      }
    }
    int withHyphen = 1;
    while (withHyphen < word.length() - 1
        && Fonts.width(word.substring(0, withHyphen + 1) + "-", size, bold) <= maxWidth) {
      withHyphen++;
    }
    for (int i = Math.min(withHyphen, word.length() - 3); i >= 3; i--) {
      if (syllableBoundary(word, i)) {
        return i;
      }
    }
    return withHyphen;
  }

  /** True when a break between {@code word[i-1]} and {@code word[i]} falls between syllables. */
  private static boolean syllableBoundary(String word, int i) {
    char a = word.charAt(i - 1);
    char b = word.charAt(i);
    char c = word.charAt(i + 1);
    if (!Character.isLetter(a) || !Character.isLetter(b) || !Character.isLetter(c)) {
      return false;
    }
    boolean vowelBefore = hasVowel(word, 0, i);
    boolean vowelAfter = hasVowel(word, i, word.length());
    if (!vowelBefore || !vowelAfter) {
      return false;
    }
    // V-CV: a single consonant between vowels starts the next syllable.
    if (isVowel(a) && !isVowel(b) && isVowel(c)) {
      return true;
    }
    // C-C: two consonants are split, unless they are one sound (ck, ng, sk, ...).
    return !isVowel(a) && !isVowel(b) && !isDigraph(a, b);
  }

  private static boolean hasVowel(String word, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isVowel(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "aeiouyåäöéAEIOUYÅÄÖÉ".indexOf(c) >= 0;
  }

  private static boolean isDigraph(char a, char b) {
    String pair = ("" + a + b).toLowerCase(java.util.Locale.ROOT);
    return pair.equals("ck")
        || pair.equals("ng")
        || pair.equals("sk")
        || pair.equals("sj")
        || pair.equals("tj")
        || pair.equals("ch")
        || pair.equals("th")
        || pair.equals("ph")
        || pair.equals("sh");
  }

  private static int fit(String word, double maxWidth, double size, boolean bold) {
    int n = 1;
    while (n < word.length() && Fonts.width(word.substring(0, n + 1), size, bold) <= maxWidth) {
      n++;
    }
    return n;
  }
}
