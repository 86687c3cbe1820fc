package org.flowbook.analysis.readability;

import java.util.List;
import org.flowbook.model.Language;

/**
 * Readability of a text: LIX for Swedish (Björnsson: words per sentence plus the percentage of
 * words longer than six letters; above 50 is hard), Flesch reading ease for English (206.835 −
 * 1.015 × words per sentence − 84.6 × syllables per word; below 50 is hard).
 *
 * @param lix true for a LIX score (higher is harder), false for Flesch (lower is harder)
 */
public record Readability(boolean lix, double score, int words, int sentences) {

  public static Readability of(String text, Language language) {
    List<String> words = Words.of(text);
    int sentences = Math.max(1, Words.sentences(text).size());
    int n = Math.max(1, words.size());
    if (language == Language.SV) {
      long longWords = words.stream().filter(w -> w.length() > 6).count();
      double lix = (double) words.size() / sentences + 100.0 * longWords / n;
      return new Readability(true, lix, words.size(), sentences);
    }
    int syllables = words.stream().mapToInt(Words::syllables).sum();
    double flesch = 206.835 - 1.015 * words.size() / sentences - 84.6 * syllables / n;
    return new Readability(false, flesch, words.size(), sentences);
  }

  /** The name of the measure as printed ("LIX", "Flesch"). */
  public String measure() {
    return lix ? "LIX" : "Flesch";
  }
}
