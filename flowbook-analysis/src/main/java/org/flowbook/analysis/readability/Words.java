package org.flowbook.analysis.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits instruction text into sentences and words, and counts English syllables. */
public final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+(?=\\p{Lu}|\\d)");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

  private Words() {}

  /** The words of a text: runs of letters (digits and punctuation are not words). */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The sentences of a text. An instruction without a full stop is one sentence; abbreviations
   * followed by a lower-case word ("t.ex. fakturan") do not end one.
   */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      if (!of(s).isEmpty()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** English syllables by vowel groups, with the silent final e; at least 1 per word. */
  public static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 1;
    }
    if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
      w = w.substring(0, w.length() - 1);
    }
    Matcher m = VOWELS.matcher(w);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return Math.max(1, count);
  }
}
