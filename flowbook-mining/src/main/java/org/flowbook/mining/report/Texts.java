package org.flowbook.mining.report;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.flowbook.model.Language;

/**
 * The fixed texts of the mining reports and maps (headings, column names, explanations) in one
 * language, read from the {@code texts_en} / {@code texts_sv} resource bundles next to this class.
 * Counts inside sentences are passed twice: formatted for display and as a number that a {@code
 * choice} pattern picks the singular or plural by.
 */
public final class Texts {
  private static final String BUNDLE = "org.flowbook.mining.report.texts";

  private final Language language;
  private final ResourceBundle bundle;

  private Texts(Language language) {
    this.language = language;
    // No fallback to the default locale: a missing Swedish key must not print English silently.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Texts of(Language language) {
    return new Texts(language);
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
   * The text for a key with {@code {0}}, {@code {1}} ... replaced by the arguments. Apostrophes in
   * the texts are plain apostrophes (not MessageFormat quotes); pass numbers already formatted (see
   * {@link Human}) except those a {@code choice} picks a word by.
   */
  public String format(String key, Object... args) {
    MessageFormat f = new MessageFormat(get(key).replace("'", "''"), language.locale());
    return f.format(args);
  }
}
