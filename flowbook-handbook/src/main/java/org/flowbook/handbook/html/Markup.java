package org.flowbook.handbook.html;

/** A small XHTML writer: escapes text and attributes, and keeps every element closed. */
final class Markup {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** Opens an element; attributes come in name/value pairs, empty values are left out. */
  Markup open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  Markup close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element with only text inside. */
  Markup element(String tag, String text, String... attributes) {
    open(tag, attributes);
    text(text);
    return close(tag);
  }

  /** An element without content, written in the self-closing XHTML form. */
  Markup empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  Markup text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup that is already well-formed (an SVG picture, a stylesheet). */
  Markup raw(String markup) {
    out.append(markup);
    return this;
  }

  Markup newline() {
    out.append('\n');
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value != null && !value.isEmpty()) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(escape(value).replace("\"", "&quot;"))
            .append('"');
      }
    }
  }

  /** Escapes text for XML, dropping control characters that XML 1.0 cannot carry. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
