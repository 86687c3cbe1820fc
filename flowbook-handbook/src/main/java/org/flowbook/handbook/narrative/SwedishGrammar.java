package org.flowbook.handbook.narrative;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Swedish: present tense from the imperative ("fyll" → "fyller", "granska" → "granskar") and the
 * definite form of a one-word role ("beställare" → "beställaren", "chef" → "chefen").
 */
final class SwedishGrammar implements Grammar {
  private static final Map<String, String> IRREGULAR =
      Map.of("var", "är", "gör", "gör", "ta", "tar", "ge", "ger", "be", "ber", "dra", "drar");
  private static final Set<String> NOUN_ENDINGS =
      Set.of("ning", "else", "het", "tion", "sion", "ment", "nad", "skap", "ande", "ende");

  @Override
  public String doing(String connector, String role, String title) {
    String[] parts = Grammar.split(title);
    String first = parts[0].toLowerCase(Locale.ROOT);
    if (role.isEmpty()) {
      return connector + ": " + Grammar.lowerFirst(title) + ".";
    }
    if (!looksLikeVerb(first)) {
      return connector + " tar " + roleInText(role) + " hand om ”" + title + "”.";
    }
    return connector + " " + present(first) + " " + roleInText(role) + secondVerb(parts[1]) + ".";
  }

  /** "Kalkylera och skriv offerten": the verb right after "och" is an imperative too. */
  private static String secondVerb(String rest) {
    String[] words = rest.split(" ", 4);
    if (words.length >= 3 && words[1].equals("och") && looksLikeVerb(words[2])) {
      words[2] = present(words[2]);
    }
    return String.join(" ", words);
  }

  private static boolean looksLikeVerb(String word) {
    // "-ing" nouns are long ("registrering", "fakturering"); "ring" and "bring" are verbs.
    return word.length() > 1
        && !(word.endsWith("ing") && word.length() > 5)
        && NOUN_ENDINGS.stream().noneMatch(word::endsWith)
        && word.chars().allMatch(Character::isLetter);
  }

  private static final Set<String> SUBJECTS =
      Set.of(
          "en", "ett", "den", "det", "de", "vi", "man", "någon", "något", "du", "jag", "hon",
          "han");

  @Override
  public boolean startsClause(String text) {
    String first = Grammar.split(text)[0].toLowerCase(Locale.ROOT);
    // A definite noun ("kunden", "ledningsgruppen", "fakturan") usually starts a clause too.
    return SUBJECTS.contains(first)
        || first.length() > 4
            && (first.endsWith("en") || first.endsWith("an") || first.endsWith("na"));
  }

  @Override
  public String doingForeign(String connector, String role, String title) {
    return role.isEmpty()
        ? connector + ": ”" + title + "”."
        : connector + " tar " + role + " hand om ”" + title + "”.";
  }

  static String present(String imperative) {
    String irregular = IRREGULAR.get(imperative);
    if (irregular != null) {
      return irregular;
    }
    char last = imperative.charAt(imperative.length() - 1);
    if (last == 'a' || "eiouyåäö".indexOf(last) >= 0) {
      return imperative + "r";
    }
    if (last == 'r') {
      return imperative;
    }
    return imperative + "er";
  }

  @Override
  public String roleInText(String role) {
    if (role.contains(" ") || Grammar.isAbbreviation(role) && !role.contains("-")) {
      return role;
    }
    int dash = role.lastIndexOf('-');
    String head = role.substring(0, dash + 1);
    String word = role.substring(dash + 1).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return role;
    }
    String definite;
    if (word.endsWith("e") || word.endsWith("a") || word.endsWith("er") || word.endsWith("el")) {
      definite = word + "n";
    } else {
      definite = word + "en";
    }
    return (head.isEmpty() ? "" : head) + definite;
  }
}
