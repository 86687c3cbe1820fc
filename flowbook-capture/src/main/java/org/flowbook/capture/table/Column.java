package org.flowbook.capture.table;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns a step list may have, known by their Swedish and English header words. */
enum Column {
  STEP("steg", "stegnr", "nr", "nummer", "id", "step", "stepno", "no", "number", "#"),
  TITLE("titel", "title", "aktivitet", "activity", "namn", "name", "uppgift", "task", "moment"),
  ROLE("roll", "role", "utforare", "performer", "vem", "who", "ansvarig", "responsible", "lane"),
  NEXT(
      "nasta",
      "nastasteg",
      "next",
      "nextstep",
      "till",
      "to",
      "sedan",
      "then",
      "efterfoljare",
      "successor",
      "successors",
      "gartill",
      "goto"),
  CONDITION(
      "villkor", "condition", "om", "if", "gren", "branch", "svar", "answer", "etikett", "label"),
  WORK(
      "arbetstid",
      "arbete",
      "tid",
      "tidsatgang",
      "work",
      "worktime",
      "time",
      "duration",
      "minuter",
      "minutes",
      "effort"),
  WAIT("vantetid", "vantan", "wait", "waittime", "waiting"),
  SYSTEM("system", "systems", "itsystem", "verktyg", "tool", "tools"),
  INSTRUCTIONS(
      "instruktion",
      "instruktioner",
      "instruction",
      "instructions",
      "beskrivning",
      "description",
      "anvisning",
      "anvisningar",
      "hur",
      "how"),
  KIND("typ", "type", "kind", "slag");

  private final List<String> words;

  Column(String... words) {
    this.words = List.of(words);
  }

  /** The column a header names ("Nästa steg", "Next step", "ROLL"), if any. */
  static Optional<Column> of(String header) {
    String key = key(header);
    for (Column c : values()) {
      if (c.words.contains(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every header word, for did-you-mean hints. */
  static List<String> allWords() {
    return java.util.Arrays.stream(values()).flatMap(c -> c.words.stream()).toList();
  }

  /** Lower case, accents and å/ä/ö folded, only letters, digits and '#'. */
  static String key(String header) {
    return Normalizer.normalize(header.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9#]", "");
  }
}
