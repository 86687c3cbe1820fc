package org.flowbook.handbook.narrative;

import org.flowbook.model.Language;

/**
 * The few grammatical moves the narrative needs in one language: turning a step title written as an
 * imperative ("Fyll i inköpsanmodan") into a clause with its role as subject ("fyller beställaren i
 * inköpsanmodan").
 */
interface Grammar {
  /**
   * A sentence saying that {@code role} does the step called {@code title}, after the connecting
   * word ("Först", "Then"); {@code role} may be empty.
   */
  String doing(String connector, String role, String title);

  /**
   * A sentence for a step written in another language than the narrative: the title is quoted as it
   * stands, since its words cannot be conjugated ("First Beställare takes care of “Fyll i …”").
   */
  String doingForeign(String connector, String role, String title);

  /**
   * Whether a text can follow "when" as a clause ("en kund skickar …", "the manager decides …")
   * rather than being a time or a phrase ("två gånger per år", "first working day").
   */
  boolean startsClause(String text);

  /** The role as it reads inside a sentence ("beställaren", "the CFO"). */
  String roleInText(String role);

  static Grammar of(Language language) {
    return language == Language.SV ? new SwedishGrammar() : new EnglishGrammar();
  }

  /** The first word of a title and the rest. */
  static String[] split(String title) {
    String t = title.strip();
    int space = t.indexOf(' ');
    return space < 0
        ? new String[] {t, ""}
        : new String[] {t.substring(0, space), t.substring(space)};
  }

  /** True for words written in capitals as abbreviations ("VD", "CFO", "HR-chef"). */
  static boolean isAbbreviation(String word) {
    int upper = 0;
    for (int i = 0; i < word.length() && Character.isLetter(word.charAt(i)); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        upper++;
      }
    }
    return upper >= 2;
  }

  /** The text with its first letter in lower case, unless it starts with an abbreviation. */
  static String lowerFirst(String text) {
    if (text.isEmpty() || isAbbreviation(split(text)[0])) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  static String upperFirst(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
