package org.flowbook.output;

/**
 * Escaping for every markup Flowbook writes (HTML, XHTML, SVG, XML), in one place so that all
 * outputs agree. Text and attribute values differ: in text only {@code & < >} need escaping; an
 * attribute value (always written between double quotes) also needs {@code "}, and its line breaks
 * and tabs as character references, because an XML reader turns a raw line break in an attribute
 * into a space. Characters XML 1.0 cannot carry at all (control characters but tab, line feed and
 * carriage return; U+FFFE, U+FFFF) are dropped in both, so the output always parses.
 */
public final class Escape {
  private Escape() {}

  /** Element content: {@code & < >} escaped, characters XML cannot carry dropped. */
  public static String text(String s) {
    return escape(s, false);
  }

  /**
   * A value for an attribute written between double quotes: as {@link #text} and {@code "}, line
   * feed, carriage return and tab as character references.
   */
  public static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            case '\r' -> attribute ? "&#13;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            default -> xmlCanCarry(c) ? null : "";
          };
      if (replacement != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (replacement != null) {
          b.append(replacement);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean xmlCanCarry(char c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\n' || c == '\r' || c == '\t';
  }
}
