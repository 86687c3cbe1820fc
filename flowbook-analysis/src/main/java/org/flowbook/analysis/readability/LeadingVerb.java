package org.flowbook.analysis.readability;

import java.util.Locale;
import java.util.Set;
import org.flowbook.model.Language;

/**
 * Whether an instruction starts with a verb ("Skicka fakturan", "Check the amount"), the form that
 * tells the reader what to do. Heuristic: the first word must not be an article, pronoun,
 * preposition or conjunction, a number, or a word with a typical noun ending ("Registrering",
 * "Fakturan", "Approval", "Checking").
 */
public final class LeadingVerb {
  private static final Set<String> SV_NOT_VERBS =
      Set.of(
          "den",
          "det",
          "de",
          "en",
          "ett",
          "om",
          "när",
          "i",
          "på",
          "för",
          "till",
          "från",
          "med",
          "alla",
          "varje",
          "denna",
          "detta",
          "dessa",
          "vi",
          "du",
          "man",
          "han",
          "hon",
          "ni",
          "efter",
          "innan",
          "före",
          "vid",
          "under",
          "sedan",
          "då",
          "där",
          "här",
          "eftersom",
          "och",
          "eller",
          "men",
          "som",
          "ingen",
          "inget",
          "några",
          "vår",
          "vårt",
          "våra",
          "er",
          "ert",
          "din",
          "ditt",
          "dina",
          "samtliga",
          "nya",
          "ny",
          "nytt",
          "obs",
          "ev",
          "eventuellt");
  private static final Set<String> EN_NOT_VERBS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "it", "we", "you", "they", "he",
          "she", "if", "when", "in", "on", "for", "to", "from", "with", "all", "each", "every",
          "after", "before", "then", "once", "our", "your", "there", "here", "also", "and", "or",
          "but", "new", "any", "some", "no", "note", "its", "their", "his", "her");
  private static final String[] SV_NOUN_ENDINGS = {
    "ning", "ningen", "het", "heten", "else", "tion", "tionen", "an", "en", "et", "arna", "erna"
  };
  private static final String[] EN_NOUN_ENDINGS = {"tion", "ment", "ness", "ity", "ing", "al"};

  private LeadingVerb() {}

  public static boolean startsWithVerb(String instruction, Language language) {
    var words = Words.of(instruction);
    String trimmed = instruction.strip();
    if (words.isEmpty() || trimmed.isEmpty() || Character.isDigit(trimmed.charAt(0))) {
      return false;
    }
    String first = words.get(0).toLowerCase(Locale.ROOT);
    if (language == Language.SV) {
      return !SV_NOT_VERBS.contains(first) && !endsWithAny(first, SV_NOUN_ENDINGS);
    }
    return !EN_NOT_VERBS.contains(first) && !endsWithAny(first, EN_NOUN_ENDINGS);
  }

  private static boolean endsWithAny(String word, String[] endings) {
    for (String e : endings) {
      if (word.length() > e.length() + 2 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
