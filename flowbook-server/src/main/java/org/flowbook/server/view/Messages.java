package org.flowbook.server.view;

import java.util.Set;
import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;

/**
 * The user interface's words in Swedish and English: the text bundle {@value #BUNDLE} ({@code
 * i18n/messages_sv.properties} and {@code _en}) read through {@link TextBundle}, the one bundle
 * mechanism of the product. A key missing in a language is a bug and fails loudly (the key-parity
 * test fails the build first); there is no fallback to English.
 */
public final class Messages {
  /** The bundle's base name. */
  public static final String BUNDLE = "i18n.messages";

  private final TextBundle sv = TextBundle.of(BUNDLE, Language.SV);
  private final TextBundle en = TextBundle.of(BUNDLE, Language.EN);

  /** The bundle of one language. */
  public TextBundle in(Language l) {
    return l == Language.SV ? sv : en;
  }

  /** The text of a key; a missing key throws (a bug, found by the tests). */
  public String get(Language l, String key) {
    return in(l).get(key);
  }

  /** Whether the key has a text (for keys chosen by data, e.g. an HTTP status or audit action). */
  public boolean has(String key) {
    return en.has(key);
  }

  /** The keys one language has and another lacks; empty when the bundle is complete. */
  public static Set<String> keysMissingInSomeLanguage() {
    return TextBundle.keysMissingInSomeLanguage(BUNDLE);
  }
}
