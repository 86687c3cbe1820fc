package org.flowbook.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;

/**
 * A problem's message and hint in the user's language, looked up by the problem code in the bundle
 * {@value #BUNDLE}. The readers write their problems in English with the names and numbers in them;
 * the bundle has, per code, each English message as a pattern ({@code role '{0}' is not declared})
 * and the same variant in Swedish ({@code rollen '{0}' är inte deklarerad}). So the readers keep
 * their one place of reporting, and code, position, severity and step never change — only the two
 * texts do. A message the bundle does not know stays as it was (the tests walk every code so that
 * this does not happen unnoticed).
 */
public final class ProblemTexts {
  /** The bundle's base name: {@code problems_en.properties} and {@code problems_sv.properties}. */
  public static final String BUNDLE = "org.flowbook.output.problems";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final int MAX_VARIANTS = 50;

  private ProblemTexts() {}

  /** The problem with its message and hint in {@code language} (English: as written). */
  public static Problem in(Language language, Problem p) {
    if (language == Language.EN) {
      return p;
    }
    TextBundle en = TextBundle.of(BUNDLE, Language.EN);
    TextBundle to = TextBundle.of(BUNDLE, language);
    String message = translate(en, to, p.code() + ".", p.message()).orElse(p.message());
    String hint =
        p.hint().isEmpty()
            ? p.hint()
            : translate(en, to, p.code() + ".hint.", p.hint())
                .or(() -> translate(en, to, "hint.", p.hint()))
                .orElse(p.hint());
    return new Problem(p.severity(), p.code(), message, hint, p.location(), p.step());
  }

  /** Every problem of a list in {@code language}. */
  public static List<Problem> in(Language language, List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      out.add(in(language, p));
    }
    return List.copyOf(out);
  }

  /** Whether the bundle knows {@code message} as one of the code's messages. */
  public static boolean knows(String code, String message) {
    TextBundle en = TextBundle.of(BUNDLE, Language.EN);
    return translate(en, en, code + ".", message).isPresent();
  }

  /** Whether the bundle knows {@code hint} as one of the code's hints or the common ones. */
  public static boolean knowsHint(String code, String hint) {
    TextBundle en = TextBundle.of(BUNDLE, Language.EN);
    return translate(en, en, code + ".hint.", hint)
        .or(() -> translate(en, en, "hint.", hint))
        .isPresent();
  }

  /** Whether the code has a message in every language. */
  public static boolean hasTexts(String code) {
    for (Language l : Language.values()) {
      if (!TextBundle.of(BUNDLE, l).has(code + ".1")) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> translate(
      TextBundle en, TextBundle to, String prefix, String text) {
    for (int i = 1; i <= MAX_VARIANTS && en.has(prefix + i); i++) {
      Matcher m = pattern(en.get(prefix + i)).matcher(text);
      if (m.matches()) {
        Object[] values = new Object[m.groupCount()];
        for (int g = 0; g < values.length; g++) {
          values[g] = m.group("p" + g) == null ? "" : m.group("p" + g);
        }
        return Optional.of(fill(to.get(prefix + i), values));
      }
    }
    return Optional.empty();
  }

  /** The English text as a regular expression, each {@code {n}} a named group {@code pn}. */
  private static Pattern pattern(String english) {
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

  /**
   * {@code {n}} replaced by the values as they were written (no quoting rules, no number format).
   */
  private static String fill(String text, Object[] values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(n < values.length ? (String) values[n] : ""));
    }
    m.appendTail(b);
    return b.toString();
  }
}
