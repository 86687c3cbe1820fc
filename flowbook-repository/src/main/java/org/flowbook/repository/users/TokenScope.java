package org.flowbook.repository.users;

import java.util.Locale;
import java.util.Optional;

/**
 * What an API token may do, within its owner's access role: {@code READ} only reads (GET), {@code
 * WRITE} also changes (create, save, submit, approve — as far as the owner's role allows).
 */
public enum TokenScope {
  READ,
  WRITE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TokenScope> parse(String text) {
    for (TokenScope s : values()) {
      if (s.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
