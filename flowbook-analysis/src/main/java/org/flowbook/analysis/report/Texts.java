package org.flowbook.analysis.report;

import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;

/** The fixed texts of the analysis reports, from the bundle {@value #BUNDLE} (sv and en). */
public final class Texts {
  /** The bundle's base name; {@code texts_sv.properties} and {@code texts_en.properties}. */
  public static final String BUNDLE = "org.flowbook.analysis.report.texts";

  private final TextBundle bundle;

  public Texts(Language lang) {
    this.bundle = TextBundle.of(BUNDLE, lang);
  }

  /** The text for a key; a missing key fails loudly (a bug, caught by the parity test). */
  public String get(String key) {
    return bundle.get(key);
  }

  /** Whether there is a text for a key chosen by data (a field name, a rule code). */
  public boolean has(String key) {
    return bundle.has(key);
  }

  /** The text for a key with {@code {0}}, {@code {1}} ... replaced by the arguments as written. */
  public String format(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = String.valueOf(args[i]);
    }
    return bundle.format(key, plain);
  }
}
