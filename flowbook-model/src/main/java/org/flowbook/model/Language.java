package org.flowbook.model;

import java.util.Locale;
import java.util.Optional;

/** The two languages Flowbook writes and reads: content keeps its own, generated text follows. */
public enum Language {
  SV("sv", Locale.forLanguageTag("sv-SE")),
  EN("en", Locale.forLanguageTag("en-GB"));

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return Optional.of(l);
      }
    }
    return switch (c) {
      case "svenska", "swedish" -> Optional.of(SV);
      case "engelska", "english" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }
}
