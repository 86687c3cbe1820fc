package org.flowbook.mining.report;

import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;

/**
 * The fixed texts of the mining reports and maps (headings, column names, explanations) in one
 * language, read from the {@code texts_en} / {@code texts_sv} resource bundles next to this class.
 * Counts inside sentences are passed twice: formatted for display and as a number that a {@code
 * choice} pattern picks the singular or plural by; other numbers are passed already formatted (see
 * {@link Human}).
 */
public final class Texts {
  private Texts() {}

  public static TextBundle of(Language language) {
    return TextBundle.of("org.flowbook.mining.report.texts", language);
  }
}
