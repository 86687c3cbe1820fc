package org.flowbook.analysis.readability;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Language;

/**
 * Finds passive voice, which hides who does the work ("Fakturan attesteras", "The invoice is
 * approved"). Heuristic: Swedish s-passive after a modal verb or on a verb ending in -as/-es, and
 * "blir/blev" + participle; English "be"-forms followed by a past participle. Deponent verbs
 * ("hoppas", "finns") are not passive.
 */
public final class PassiveVoice {
  private static final Pattern EN =
      Pattern.compile(
          "\\b(is|are|was|were|be|been|being)\\s+(\\w+ly\\s+)?"
              + "(\\w+ed|\\w+en|made|done|sent|kept|paid|held|set|put|told|bought|sold|built|found|"
              + "brought|shown|known|seen|taken|given|written)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SV_MODAL =
      Pattern.compile(
          "\\b(ska|skall|måste|kan|bör|får|behöver)\\s+(\\p{L}+(?:as|s))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SV_BLIR =
      Pattern.compile(
          "\\b(blir|blev|bli)\\s+(\\p{L}+(?:d|t|ad|at|da|ta))\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SV_WORD =
      Pattern.compile(
          "\\b(\\p{L}{4,}(?:ras|kas|tas|ggas|das|pas|fas|sas|vas|las|nas|mas|gas|bas|jas))\\b");

  /** "affärsområdenas", "kundernas": genitive plurals look like s-passives. */
  private static final Pattern GENITIVE_PLURAL = Pattern.compile("(ar|er|or|e|a)nas$");

  private static final Set<String> DEPONENTS =
      Set.of(
          "hoppas",
          "lyckas",
          "finnas",
          "andas",
          "trivas",
          "minnas",
          "låtsas",
          "brottas",
          "envisas",
          "svettas",
          "träffas",
          "kämpas",
          "fattas",
          "synas",
          "hämnas",
          "skämtas",
          "omfattas",
          "förväntas",
          "kallas");

  private PassiveVoice() {}

  /** The passive phrase in a sentence, if there is one. */
  public static Optional<String> find(String sentence, Language language) {
    if (language == Language.EN) {
      Matcher m = EN.matcher(sentence);
      return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
    Matcher modal = SV_MODAL.matcher(sentence);
    while (modal.find()) {
      if (!DEPONENTS.contains(modal.group(2).toLowerCase(Locale.ROOT))) {
        return Optional.of(modal.group());
      }
    }
    Matcher blir = SV_BLIR.matcher(sentence);
    if (blir.find()) {
      return Optional.of(blir.group());
    }
    Matcher word = SV_WORD.matcher(sentence);
    while (word.find()) {
      String w = word.group(1).toLowerCase(Locale.ROOT);
      if (!DEPONENTS.contains(w) && !w.endsWith("ss") && !GENITIVE_PLURAL.matcher(w).find()) {
        return Optional.of(word.group(1));
      }
    }
    return Optional.empty();
  }
}
