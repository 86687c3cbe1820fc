package org.flowbook.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  private static final int MAX_VARIANTS = 50;
  private static final String PREFIX = "prefix.";

  private ProblemTexts() {}

  /** The problem with its message and hint in {@code language} (English: as written). */
  public static Problem in(Language language, Problem p) {
    if (language == Language.EN) {
      return p;
    }
    TextBundle en = TextBundle.of(BUNDLE, Language.EN);
    TextBundle to = TextBundle.of(BUNDLE, language);
    String message =
        translate(en, to, p.code() + ".", p.message())
            .or(() -> withPrefix(en, to, p.code(), p.message()))
            .orElse(p.message());
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
    return translate(en, en, code + ".", message)
        .or(() -> withPrefix(en, en, code, message))
        .isPresent();
  }

  /**
   * A message with something in front that names where it was found ({@code task 'Godkänn'
   * (Task_1): }, {@code page 'Sida 1': }), said as the prefix and the code's message each in the
   * other language. Every place the prefix could end is tried, since names may hold a colon.
   */
  private static Optional<String> withPrefix(
      TextBundle en, TextBundle to, String code, String message) {
    for (int i = 1; i <= MAX_VARIANTS && en.has(PREFIX + i); i++) {
      List<String> prefix = List.of(PREFIX + i);
      int end = message.indexOf(": ");
      while (end >= 0) {
        String head = message.substring(0, end + 2);
        Optional<String> rest = translate(en, to, code + ".", message.substring(end + 2));
        if (rest.isPresent()) {
          Optional<String> said = Sentences.translate(en, to, prefix, head);
          if (said.isPresent()) {
            return Optional.of(said.get() + rest.get());
          }
        }
        end = message.indexOf(": ", end + 1);
      }
    }
    return Optional.empty();
  }

  /** Whether the bundle knows {@code hint} as one of the code's hints or the common ones. */
  public static boolean knowsHint(String code, String hint) {
    TextBundle en = TextBundle.of(BUNDLE, Language.EN);
    return translate(en, en, code + ".hint.", hint)
        .or(() -> translate(en, en, "hint.", hint))
        .isPresent();
  }

  /**
   * Whether {@code message} is one of the code's messages as said in {@code language} (for tests
   * that read output meant for a user of that language).
   */
  public static boolean says(Language language, String code, String message) {
    TextBundle b = TextBundle.of(BUNDLE, language);
    return translate(b, b, code + ".", message)
        .or(() -> withPrefix(b, b, code, message))
        .isPresent();
  }

  /** Whether {@code hint} is one of the code's hints, or a common one, in {@code language}. */
  public static boolean saysHint(Language language, String code, String hint) {
    TextBundle b = TextBundle.of(BUNDLE, language);
    return translate(b, b, code + ".hint.", hint)
        .or(() -> translate(b, b, "hint.", hint))
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
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= MAX_VARIANTS && en.has(prefix + i); i++) {
      keys.add(prefix + i);
    }
    return Sentences.translate(en, to, keys, text);
  }
}
