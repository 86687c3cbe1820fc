package org.flowbook.server.config;

import java.util.Locale;
import java.util.Optional;

/**
 * One setting of {@code flowbook serve}: its key in {@code flowbook.conf}, which is also its
 * environment variable ({@code database.url} ↔ {@code FLOWBOOK_DATABASE_URL}), what values it
 * takes, its default and an example, and one sentence for {@code --help} and docs/configuration.md.
 *
 * @param defaultValue the value without a setting, empty when there is none
 * @param legacyEnv an older environment variable still read (below the new one), or empty
 */
public record Setting(
    String key,
    Kind kind,
    String defaultValue,
    String example,
    String description,
    String legacyEnv) {

  public Setting {
    if (!key.matches("[a-z]+(\\.[a-z][a-z-]*)+")) {
      throw new IllegalArgumentException("a setting's key is words with dots, not " + key);
    }
  }

  /** The environment variable of the key: FLOWBOOK_ and the key in capitals, _ for . and -. */
  public String envName() {
    return envName(key);
  }

  /** The environment variable of any key. */
  public static String envName(String key) {
    return "FLOWBOOK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public Optional<String> legacy() {
    return legacyEnv.isEmpty() ? Optional.empty() : Optional.of(legacyEnv);
  }

  /** The value as it may be shown: secrets never are, nor passwords inside addresses. */
  public String shown(String value) {
    if (kind == Kind.SECRET && !value.isEmpty()) {
      return "***";
    }
    return value
        .replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("(//[^/:@]*:)[^@/]*@", "$1***@");
  }
}
