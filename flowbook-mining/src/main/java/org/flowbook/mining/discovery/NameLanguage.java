package org.flowbook.mining.discovery;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.flowbook.model.Language;

/**
 * Guesses whether a log's activity names are Swedish or English, so a draft's keywords and
 * questions match the step titles it copies from the log. Swedish wins when the names have more
 * Swedish signs (å, ä, ö, common Swedish words) than English words; anything else — English, Dutch,
 * codes — is drafted in English.
 */
public final class NameLanguage {
  private static final Set<String> SWEDISH =
      Set.of(
          "och",
          "av",
          "till",
          "för",
          "från",
          "med",
          "på",
          "om",
          "ny",
          "nya",
          "den",
          "det",
          "granska",
          "godkänn",
          "skicka",
          "registrera",
          "kontrollera",
          "lägg",
          "fyll",
          "ta",
          "beställning",
          "ärende",
          "faktura",
          "begär",
          "besluta",
          "beslut",
          "avsluta",
          "utför",
          "skapa",
          "bekräfta",
          "påminnelse",
          "leverantören",
          "kund",
          "kunden");
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "of",
          "and",
          "to",
          "for",
          "from",
          "with",
          "on",
          "a",
          "an",
          "new",
          "check",
          "send",
          "register",
          "create",
          "approve",
          "review",
          "close",
          "request",
          "order",
          "invoice",
          "payment",
          "submit",
          "decide",
          "reject",
          "complete",
          "notify",
          "customer",
          "declaration",
          "by",
          "final",
          "test",
          "release",
          "admission");

  private NameLanguage() {}

  public static Language of(Collection<String> activityNames) {
    int sv = 0;
    int en = 0;
    for (String name : activityNames) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.indexOf('å') >= 0 || lower.indexOf('ä') >= 0 || lower.indexOf('ö') >= 0) {
        sv += 2;
      }
      for (String word : lower.split("[^\\p{L}]+")) {
        if (SWEDISH.contains(word)) {
          sv++;
        }
        if (ENGLISH.contains(word)) {
          en++;
        }
      }
    }
    return sv > en ? Language.SV : Language.EN;
  }
}
