package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A piece of inline text made of styled spans; what paragraphs, list items and cells hold. */
public record Rich(List<Span> spans) {
  public Rich {
    spans = List.copyOf(spans);
  }

  public static Rich of(String text) {
    return new Rich(List.of(new Span(text, Span.Style.PLAIN, "")));
  }

  public static Rich strong(String text) {
    return new Rich(List.of(new Span(text, Span.Style.STRONG, "")));
  }

  public static Rich link(String text, String anchor) {
    return new Rich(List.of(new Span(text, Span.Style.PLAIN, anchor)));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The text without styles, for search, tests and formats that cannot style. */
  public String plain() {
    return spans.stream().map(Span::text).collect(Collectors.joining());
  }

  public boolean isEmpty() {
    return spans.stream().allMatch(s -> s.text().isEmpty());
  }

  /** Collects spans in order. */
  public static final class Builder {
    private final List<Span> spans = new ArrayList<>();

    public Builder text(String text) {
      spans.add(new Span(text, Span.Style.PLAIN, ""));
      return this;
    }

    public Builder strong(String text) {
      spans.add(new Span(text, Span.Style.STRONG, ""));
      return this;
    }

    public Builder emphasis(String text) {
      spans.add(new Span(text, Span.Style.EMPHASIS, ""));
      return this;
    }

    public Builder link(String text, String anchor) {
      spans.add(new Span(text, Span.Style.PLAIN, anchor));
      return this;
    }

    public Builder append(Rich rich) {
      spans.addAll(rich.spans());
      return this;
    }

    public boolean isEmpty() {
      return spans.isEmpty();
    }

    public Rich build() {
      return new Rich(spans);
    }
  }
}
