package org.flowbook.testkit;

import java.util.List;
import java.util.Random;

/**
 * Seeded random XES documents for property tests of log readers: well-formed XML that uses what
 * real exports and hand-edited files use — an optional XML declaration and byte order mark,
 * comments and processing instructions, log-level extensions, globals and classifiers, traces with
 * and without names, events whose attributes come in any order, nested lists and containers (whose
 * inner attributes do not count), empty elements, CDATA and text content, both quote characters,
 * white space and line breaks inside tags, predefined entities, character references, non-ASCII
 * names, and now and then an event without name or with an unreadable timestamp. The same seed
 * always gives the same document.
 */
public final class RandomXes {
  private static final List<String> ACTIVITIES =
      List.of(
          "Registrera ärende",
          "Granska & godkänn",
          "A_SUBMITTED",
          "W_Completeren aanvraag",
          "Send \"offer\"",
          "Kontrollera <belopp>",
          "Ärende → avslut",
          "it's done");
  private static final List<String> RESOURCES = List.of("Eva", "112", "Åsa Öberg", "", "O'Brien");
  private static final List<String> LIFECYCLES =
      List.of("complete", "START", "Complete", "schedule", "ate_abort");

  private final Random random;
  private final StringBuilder out = new StringBuilder();
  private final boolean breaksInTags;

  private RandomXes(long seed) {
    this.random = new Random(seed);
    this.breaksInTags = random.nextInt(3) == 0;
  }

  /** A document of about {@code traces} traces. */
  public static String document(long seed, int traces) {
    RandomXes x = new RandomXes(seed);
    x.write(traces);
    return x.out.toString();
  }

  /**
   * True when the document of this seed puts line breaks inside tags (where XML readers differ in
   * which line they report for the tag).
   */
  public static boolean hasBreaksInTags(long seed) {
    return new RandomXes(seed).breaksInTags;
  }

  private void write(int traces) {
    if (random.nextInt(4) == 0) {
      out.append('\uFEFF');
    }
    if (random.nextInt(5) != 0) {
      out.append("<?xml version=\"1.0\"")
          .append(random.nextBoolean() ? " encoding=\"UTF-8\"" : "")
          .append(random.nextInt(4) == 0 ? " standalone=\"yes\"" : "")
          .append(" ?>\n");
    }
    miscellany();
    out.append("<log xes.version=\"1.0\" xes.features=\"nested-attributes\"")
        .append(" xmlns=\"http://www.xes-standard.org/\">\n");
    out.append(
        "  <extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n");
    if (random.nextBoolean()) {
      out.append("  <global scope=\"trace\">")
          .append("<string key=\"concept:name\" value=\"DEFAULT\"/></global>\n");
      out.append("  <global scope=\"event\">")
          .append("<string key=\"concept:name\" value=\"DEFAULT\"/>")
          .append("<date key=\"time:timestamp\" value=\"1970-01-01T00:00:00.000+01:00\"/>")
          .append("</global>\n");
    }
    if (random.nextBoolean()) {
      out.append("  <classifier name=\"Activity\" keys=\"concept:name\"/>\n");
    }
    attribute("string", "concept:name", "log name", 1);
    for (int t = 0; t < traces; t++) {
      trace(t);
    }
    out.append("</log>");
    miscellany();
    out.append(random.nextBoolean() ? "\n" : "");
  }

  private void miscellany() {
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.append(
          switch (random.nextInt(3)) {
            case 0 -> "<!-- OpenXES, a <trace> in a comment & more -->\n";
            case 1 -> "<?flowbook test=\"yes\"?>\n";
            default -> "  \n\t";
          });
    }
  }

  private void trace(int t) {
    if (random.nextInt(40) == 0) {
      out.append("  <trace/>\n");
      return;
    }
    out.append("  <trace>\n");
    if (random.nextInt(10) != 0) {
      attribute("string", "concept:name", "case " + random.nextInt(Math.max(1, 3 * (t + 1))), 2);
    }
    if (random.nextInt(5) == 0) {
      attribute("float", "AMOUNT_REQ", String.valueOf(random.nextInt(100_000) / 10.0), 2);
    }
    if (random.nextInt(8) == 0) {
      out.append("    <!-- trace ").append(t).append(" -->\n");
    }
    int events = random.nextInt(7);
    for (int e = 0; e < events; e++) {
      event();
    }
    out.append("  </trace>\n");
  }

  private void event() {
    if (random.nextInt(60) == 0) {
      out.append("    <event/>\n");
      return;
    }
    out.append("    <event>\n");
    int order = random.nextInt(4);
    for (int k = 0; k < 4; k++) {
      switch ((k + order) % 4) {
        case 0 -> {
          if (random.nextInt(50) != 0) {
            attribute("string", "concept:name", pick(ACTIVITIES), 3);
          }
        }
        case 1 -> attribute("date", "time:timestamp", timestamp(), 3);
        case 2 -> {
          if (random.nextBoolean()) {
            attribute("string", "org:resource", pick(RESOURCES), 3);
          }
        }
        default -> {
          if (random.nextBoolean()) {
            attribute("string", "lifecycle:transition", pick(LIFECYCLES), 3);
          }
        }
      }
    }
    if (random.nextInt(6) == 0) {
      out.append("      <list key=\"history\">")
          .append("<values><string key=\"concept:name\" value=\"nested\"/></values></list>\n");
    }
    if (random.nextInt(10) == 0) {
      out.append(
          "      <string key=\"note\" value=\"x\">text <![CDATA[<raw> & ]]> more</string>\n");
    }
    if (random.nextInt(10) == 0) {
      attribute("boolean", "urgent", "true", 3);
    }
    out.append("    </event>\n");
  }

  private String timestamp() {
    if (random.nextInt(80) == 0) {
      return pick(List.of("not a date", "2020-13-01T00:00:00Z", "", "2020-02-30"));
    }
    int year = 2010 + random.nextInt(12);
    String base =
        String.format(
            "%04d-%02d-%02dT%02d:%02d:%02d",
            year,
            1 + random.nextInt(12),
            1 + random.nextInt(28),
            random.nextInt(24),
            random.nextInt(60),
            random.nextInt(60));
    String fraction =
        switch (random.nextInt(3)) {
          case 0 -> "";
          case 1 -> "." + String.format("%03d", random.nextInt(1000));
          default -> "." + String.format("%06d", random.nextInt(1_000_000));
        };
    String zone =
        switch (random.nextInt(4)) {
          case 0 -> "Z";
          case 1 -> "+01:00";
          case 2 -> "-05:30";
          default -> "+02:00";
        };
    return base + fraction + zone;
  }

  /** One {@code <type key=".." value=".."/>} line, escaped in one of the ways XML allows. */
  private void attribute(String type, String key, String value, int indent) {
    out.append("  ".repeat(indent)).append('<').append(type);
    char quote = random.nextInt(4) == 0 ? '\'' : '"';
    boolean valueFirst = random.nextInt(5) == 0;
    if (valueFirst) {
      pair("value", value, quote);
      pair("key", key, quote);
    } else {
      pair("key", key, quote);
      pair("value", value, quote);
    }
    out.append(breaksInTags && random.nextInt(4) == 0 ? "\n" + "  ".repeat(indent) : "");
    out.append(random.nextBoolean() ? "/>" : " />").append('\n');
  }

  private void pair(String name, String value, char quote) {
    out.append(breaksInTags && random.nextInt(3) == 0 ? "\n      " : " ");
    out.append(name).append(random.nextInt(8) == 0 ? " = " : "=").append(quote);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append(random.nextBoolean() ? "&lt;" : "&#60;");
        case '>' -> out.append(random.nextBoolean() ? ">" : "&gt;");
        case '"' -> out.append(quote == '"' ? (random.nextBoolean() ? "&quot;" : "&#x22;") : "\"");
        case '\'' -> out.append(quote == '\'' ? "&apos;" : "'");
        case 'ä' -> out.append(random.nextInt(4) == 0 ? "&#228;" : "ä");
        default -> out.append(c);
      }
    }
    out.append(quote);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
