package org.flowbook.mining.report;

import org.flowbook.model.Language;
import org.flowbook.model.TextBundle;

/**
 * The fixed texts of the mining reports and maps (headings, column names, explanations) in one
 * language, read from the {@code texts_en} / {@code texts_sv} resource bundles next to this class.
 * Counts inside sentences are passed twice: formatted for display and as a number that a {@code
 * choice} pattern picks the singular or plural by; other numbers are passed already formatted (see
 * {@link Human}).
 */
public final class Texts {
  private static final String BUNDLE = "org.flowbook.mining.report.texts";

  private final TextBundle bundle;

  private Texts(Language language) {
    this.bundle = TextBundle.of(BUNDLE, language);
  }

  public static Texts of(Language language) {
    return new Texts(language);
  }

  public Language language() {
    return bundle.language();
  }

  /** The text for a key; a missing key fails loudly because it is a bug, not an input problem. */
  public String get(String key) {
    return bundle.get(key);
  }

  /** The text for a key with {@code {0}}, {@code {1}} ... replaced by the arguments. */
  public String format(String key, Object... args) {
    return bundle.format(key, args);
  }
}
