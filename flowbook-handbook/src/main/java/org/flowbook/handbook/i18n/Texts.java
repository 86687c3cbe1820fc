package org.flowbook.handbook.i18n;

import org.flowbook.model.Language;
import org.flowbook.model.TextBundle;

/**
 * The fixed texts of a manual ("Step", "Responsible", headings) in one language, read from the
 * {@code texts_sv} / {@code texts_en} resource bundles.
 */
public final class Texts {
  private static final String BUNDLE = "org.flowbook.handbook.i18n.texts";

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
