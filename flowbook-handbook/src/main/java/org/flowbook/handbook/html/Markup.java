package org.flowbook.handbook.html;

import org.flowbook.output.Escape;

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
    out.append(Escape.text(text));
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
            .append(Escape.attribute(value))
            .append('"');
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
