package org.flowbook.model;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed texts of one part of the product (a manual's headings, a report's column names) in one
 * language, from a {@code NAME_sv} / {@code NAME_en} properties bundle. Each module that writes for
 * people keeps its own bundle and reads it through this class, so the rules are the same
 * everywhere: no fallback to another language, a missing key is a bug that fails loudly, and
 * apostrophes in the texts are plain apostrophes.
 */
public final class TextBundle {
  private final Language language;
  private final ResourceBundle bundle;

  private TextBundle(String baseName, Language language) {
    this.language = language;
    // No fallback to the default locale: a missing Swedish key must not print English silently.
    this.bundle =
        ResourceBundle.getBundle(
            baseName,
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The bundle {@code baseName} (e.g. {@code org.flowbook.handbook.i18n.texts}) in a language. */
  public static TextBundle of(String baseName, Language language) {
    return new TextBundle(baseName, language);
  }

  public Language language() {
    return language;
  }

  /** The text for a key; a missing key fails loudly because it is a bug, not an input problem. */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text '" + key + "' for language " + language.code(), e);
    }
  }

  /**
   * The text for a key with {@code {0}}, {@code {1}} ... replaced by the arguments, formatted for
   * the language's locale. Apostrophes are plain apostrophes, not MessageFormat quotes.
   */
  public String format(String key, Object... args) {
    MessageFormat f = new MessageFormat(get(key).replace("'", "''"), language.locale());
    return f.format(args);
  }
}
