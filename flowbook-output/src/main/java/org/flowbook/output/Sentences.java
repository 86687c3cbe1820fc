package org.flowbook.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence a library wrote in English, said in another language: a bundle holds the English
 * sentence as a pattern ({@code no process '{0}'}) and the other language's sentence under the same
 * key ({@code processen '{0}' finns inte}); the names and numbers matched by {@code {0}}, {@code
 * {1}} ... are carried over as written. This keeps the code that refuses or reports in one place,
 * in English (logs, tests), while the user reads their own language. {@link ProblemTexts} uses it
 * for problems, the server for its refusals.
 */
public final class Sentences {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final int MAX_PLACEHOLDERS = 10;

  private Sentences() {}

  /**
   * The text said in {@code to}'s language by the first of {@code keys} whose English text in
   * {@code en} matches it whole; empty when none does.
   */
  public static Optional<String> translate(
      TextBundle en, TextBundle to, List<String> keys, String text) {
    for (String key : keys) {
      Matcher m = pattern(en.get(key)).matcher(text);
      if (m.matches()) {
        String[] values = new String[MAX_PLACEHOLDERS];
        for (int g = 0; g < values.length; g++) {
          String v = group(m, g);
          values[g] = v == null ? "" : v;
        }
        return Optional.of(fill(to.get(key), values));
      }
    }
    return Optional.empty();
  }

  /**
   * The keys of {@code en} that start with {@code prefix}, the most specific English text first
   * (the one with the most fixed characters), so that {@code no process '{0}'} is tried before
   * {@code no process {0}}.
   */
  public static List<String> keysWithPrefix(TextBundle en, String prefix) {
    List<String> keys = new ArrayList<>(en.keysStartingWith(prefix));
    keys.sort(
        Comparator.comparingInt((String k) -> -fixedLength(en.get(k)))
            .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(keys);
  }

  private static int fixedLength(String english) {
    return PLACEHOLDER.matcher(english).replaceAll("").length();
  }

  private static String group(Matcher m, int n) {
    try {
      return m.group("p" + n);
    } catch (IllegalArgumentException e) {
      return null; // a placeholder number the English text skips
    }
  }

  /** The English text as a regular expression, each {@code {n}} a named group {@code pn}. */
  static Pattern pattern(String english) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(english);
    int last = 0;
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      regex.append(Pattern.quote(english.substring(last, m.start())));
      String n = m.group(1);
      if (seen.contains(n)) {
        regex.append("\\k<p").append(n).append('>');
      } else {
        seen.add(n);
        regex.append("(?<p").append(n).append(">.*?)");
      }
      last = m.end();
    }
    regex.append(Pattern.quote(english.substring(last)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** {@code {n}} replaced by the values as they were written (no quoting, no number format). */
  static String fill(String text, String[] values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(n < values.length ? values[n] : ""));
    }
    m.appendTail(b);
    return b.toString();
  }
}
