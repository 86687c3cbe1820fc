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
          "vid behov", "osv", "o.s.v", "etc", "m.m", "med mera", "och så vidare",
          "i förekommande fall", "på lämpligt sätt", "om möjligt", "snarast möjligt",
          "så snart som möjligt", "vid tillfälle", "eventuellt", "någon gång", "och/eller");
  private static final List<String> EN =
      List.of(
          "as appropriate", "as needed", "as necessary", "if necessary", "where necessary",
          "etc", "and so on", "as soon as possible", "asap", "where relevant", "if possible",
          "in due course", "and/or", "when convenient", "if applicable");

  private VaguePhrases() {}

  /** The first vague phrase in a text, as written. */
  public static Optional<String> find(String text, Language language) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String phrase : language == Language.SV ? SV : EN) {
      var m =
          Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])").matcher(lower);
      if (m.find()) {
        return Optional.of(text.substring(m.start(), m.end()));
      }
    }
    return Optional.empty();
  }
}
