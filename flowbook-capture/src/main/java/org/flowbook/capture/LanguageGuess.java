package org.flowbook.capture;

import java.util.Locale;
import java.util.Set;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * Whether a captured process is written in Swedish or English, from its words: so that a Swedish
 * drawing becomes a Swedish {@code .flow} file ("beslut:", "slut") without the user saying so.
 */
final class LanguageGuess {
  private static final Set<String> SWEDISH =
      Set.of(
          "och",
          "att",
          "ja",
          "nej",
          "ej",
          "inte",
          "för",
          "med",
          "till",
          "av",
          "om",
          "är",
          "ny",
          "skicka",
          "kontrollera",
          "godkänn",
          "godkänd",
          "registrera",
          "granska",
          "kund");
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "and",
          "yes",
          "no",
          "to",
          "of",
          "for",
          "with",
          "is",
          "new",
          "send",
          "check",
          "approve",
          "approved",
          "register",
          "review",
          "customer");

  private LanguageGuess() {}

  static Language of(Process p) {
    StringBuilder text = new StringBuilder(p.title()).append(' ');
    for (Step s : p.steps()) {
      text.append(s.title()).append(' ').append(s.performer()).append(' ');
    }
    p.flows().forEach(f -> text.append(f.label()).append(' '));
    String all = text.toString().toLowerCase(Locale.ROOT);
    int sv = 0;
    int en = 0;
    for (String w : all.split("[^\\p{L}]+")) {
      if (SWEDISH.contains(w)) {
        sv++;
      }
      if (ENGLISH.contains(w)) {
        en++;
      }
      if (w.chars().anyMatch(c -> c == 'å' || c == 'ä' || c == 'ö')) {
        sv++;
      }
    }
    return sv > en ? Language.SV : Language.EN;
  }
}
