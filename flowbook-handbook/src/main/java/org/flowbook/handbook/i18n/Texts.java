package org.flowbook.handbook.i18n;

import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;

/**
 * The fixed texts of a manual ("Step", "Responsible", headings) in one language, read from the
 * {@code texts_sv} / {@code texts_en} resource bundles.
 */
public final class Texts {
  private Texts() {}

  public static TextBundle of(Language language) {
    return TextBundle.of("org.flowbook.handbook.i18n.texts", language);
  }
}
