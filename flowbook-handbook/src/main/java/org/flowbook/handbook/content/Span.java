package org.flowbook.handbook.content;

import java.util.Objects;

/**
 * A run of text with one style, optionally a link to an anchor inside the same manual.
 *
 * @param link the anchor id it points to, or empty
 */
public record Span(String text, Style style, String link) {
  /** How a span is set. */
  public enum Style {
    PLAIN,
    STRONG,
    EMPHASIS
  }

  public Span {
    Objects.requireNonNull(text, "text");
    style = Objects.requireNonNullElse(style, Style.PLAIN);
    link = link == null ? "" : link;
  }

  public boolean isLink() {
    return !link.isEmpty();
  }
}
