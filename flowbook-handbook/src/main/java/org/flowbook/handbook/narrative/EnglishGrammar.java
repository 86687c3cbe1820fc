package org.flowbook.handbook.narrative;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** English: third person singular from the imperative ("fill" → "fills", "go" → "goes"). */
final class EnglishGrammar implements Grammar {
  private static final Map<String, String> IRREGULAR =
      Map.of("be", "is", "have", "has", "do", "does", "go", "goes");
  private static final Set<String> NOUN_ENDINGS =
      Set.of("ing", "tion", "sion", "ment", "ance", "ence", "al", "ness", "ship");

  @Override
  public String doing(String connector, String role, String title) {
    String[] parts = Grammar.split(title);
    String first = parts[0].toLowerCase(Locale.ROOT);
    if (role.isEmpty()) {
      return connector + ", " + Grammar.lowerFirst(title) + ".";
    }
    if (!looksLikeVerb(first)) {
      return connector + " " + roleInText(role) + " takes care of “" + title + "”.";
    }
    return connector
        + " "
        + roleInText(role)
        + " "
        + thirdPerson(first)
        + secondVerb(parts[1])
        + ".";
  }

  /** "Calculate and write the quote": the verb right after "and" is an imperative too. */
  private static String secondVerb(String rest) {
    String[] words = rest.split(" ", 4);
    if (words.length >= 3 && words[1].equals("and") && looksLikeVerb(words[2])) {
      words[2] = thirdPerson(words[2]);
    }
    return String.join(" ", words);
  }

  private static boolean looksLikeVerb(String word) {
    return word.length() > 1
        && NOUN_ENDINGS.stream().noneMatch(word::endsWith)
        && word.chars().allMatch(Character::isLetter);
  }

  private static final Set<String> SUBJECTS =
      Set.of(
          "a", "an", "the", "someone", "somebody", "we", "they", "it", "he", "she", "you", "our");

  @Override
  public boolean startsClause(String text) {
    return SUBJECTS.contains(Grammar.split(text)[0].toLowerCase(Locale.ROOT));
  }

  @Override
  public String doingForeign(String connector, String role, String title) {
    return role.isEmpty()
        ? connector + ": “" + title + "”."
        : connector + " " + role + " takes care of “" + title + "”.";
  }

  static String thirdPerson(String verb) {
    String irregular = IRREGULAR.get(verb);
    if (irregular != null) {
      return irregular;
    }
    if (verb.endsWith("s")
        || verb.endsWith("sh")
        || verb.endsWith("ch")
        || verb.endsWith("x")
        || verb.endsWith("z")
        || verb.endsWith("o")) {
      return verb + "es";
    }
    if (verb.length() > 1
        && verb.endsWith("y")
        && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    return verb + "s";
  }

  @Override
  public String roleInText(String role) {
    return "the " + Grammar.lowerFirst(role);
  }
}
