package org.flowbook.analysis.readability;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flowbook.model.Language;

/**
 * Phrases that leave the reader to guess ("vid behov", "etc.", "as appropriate"): an instruction
 * should say when, how much and what exactly.
 */
public final class VaguePhrases {
  private static final List<String> SV =
      List.of(
          "vid behov",
          "osv",
          "o.s.v",
          "etc",
          "m.m",
          "med mera",
          "och så vidare",
          "i förekommande fall",
          "på lämpligt sätt",
          "om möjligt",
          "snarast möjligt",
          "så snart som möjligt",
          "vid tillfälle",
          "eventuellt",
          "någon gång",
          "och/eller");
  private static final List<String> EN =
      List.of(
          "as appropriate",
          "as needed",
          "as necessary",
          "if necessary",
          "where necessary",
          "etc",
          "and so on",
          "as soon as possible",
          "asap",
          "where relevant",
          "if possible",
          "in due course",
          "and/or",
          "when convenient",
          "if applicable");

  private static final List<Pattern> SV_PATTERNS = compile(SV);
  private static final List<Pattern> EN_PATTERNS = compile(EN);

  private VaguePhrases() {}

  private static List<Pattern> compile(List<String> phrases) {
    return phrases.stream()
        .map(p -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(p) + "(?![\\p{L}])"))
        .toList();
  }

  /** The first vague phrase in a text, as written. */
  public static Optional<String> find(String text, Language language) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Pattern phrase : language == Language.SV ? SV_PATTERNS : EN_PATTERNS) {
      var m = phrase.matcher(lower);
      if (m.find()) {
        return Optional.of(text.substring(m.start(), m.end()));
      }
    }
    return Optional.empty();
  }
}
