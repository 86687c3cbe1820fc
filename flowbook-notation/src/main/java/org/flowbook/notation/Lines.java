package org.flowbook.notation;

/** Small helpers for reading one line of the notation. */
final class Lines {
  private Lines() {}

  /** The indentation width, counting a tab as reaching the next multiple of 4. */
  static int indent(String line) {
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        width++;
      } else if (c == '\t') {
        width = (width / 4 + 1) * 4;
      } else {
        break;
      }
    }
    return width;
  }

  /** Index of the first non-blank character. */
  static int firstNonBlank(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isComment(String line) {
    int i = firstNonBlank(line);
    return i < line.length() && line.charAt(i) == '#';
  }

  /**
   * Splits {@code key: value}; returns null when the line has no colon that ends a short key of
   * letters and spaces.
   */
  static String[] keyValue(String content) {
    int colon = content.indexOf(':');
    if (colon <= 0 || colon > 30) {
      return null;
    }
    String key = content.substring(0, colon);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '-') {
        return null;
      }
    }
    if (colon + 1 < content.length() && !Character.isWhitespace(content.charAt(colon + 1))) {
      return null;
    }
    return new String[] {key.strip(), content.substring(colon + 1).strip()};
  }

  /** A value cut to 40 characters for a problem message. */
  static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "…" : s;
  }
}
