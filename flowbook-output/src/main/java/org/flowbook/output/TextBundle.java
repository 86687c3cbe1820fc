package org.flowbook.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.flowbook.model.Language;

/**
 * The fixed texts of one part of the product (a manual's headings, a report's column names) in one
 * language, from a {@code NAME_sv} / {@code NAME_en} properties bundle. Each module that writes for
 * people keeps its own bundle and reads it through this class, so the rules are the same
 * everywhere: no fallback to another language, a missing key is a bug that fails loudly, and
 * apostrophes in the texts are plain apostrophes.
 */
public final class TextBundle {
  private final String baseName;
  private final Language language;
  private final ResourceBundle bundle;

  private TextBundle(String baseName, Language language) {
    this.baseName = baseName;
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
      throw new IllegalStateException(
          "no text '" + key + "' in " + baseName + " for language " + language.code(), e);
    }
  }

  /** Whether the bundle has a text for the key (for texts chosen by data, e.g. a problem code). */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The keys of this language that start with {@code prefix}, sorted. */
  public Set<String> keysStartingWith(String prefix) {
    Set<String> keys = new TreeSet<>();
    for (String k : bundle.keySet()) {
      if (k.startsWith(prefix)) {
        keys.add(k);
      }
    }
    return keys;
  }

  /**
   * The text for a key with {@code {0}}, {@code {1}} ... replaced by the arguments, formatted for
   * the language's locale. Apostrophes are plain apostrophes, not MessageFormat quotes.
   */
  public String format(String key, Object... args) {
    MessageFormat f = new MessageFormat(get(key).replace("'", "''"), language.locale());
    return f.format(args);
  }

  /**
   * The keys that one language of the bundle {@code baseName} has and another lacks, as {@code "sv
   * lacks key"} lines, and the keys one language's file defines twice, as {@code "sv defines key
   * twice"} (the later text silently wins, so the first is never shown); empty when every language
   * has every key once. Each bundle's test asserts this is empty, so a text added in one language
   * only, or a key reused for a second message, fails the build, not a user's report.
   */
  public static Set<String> keysMissingInSomeLanguage(String baseName) {
    Set<String> all = new TreeSet<>();
    Set<String> problems = new TreeSet<>();
    for (Language l : Language.values()) {
      all.addAll(keys(baseName, l, problems));
    }
    for (Language l : Language.values()) {
      Set<String> own = keys(baseName, l, new TreeSet<>());
      for (String k : all) {
        if (!own.contains(k)) {
          problems.add(l.code() + " lacks " + k);
        }
      }
    }
    return problems;
  }

  /** The keys of one language's file of the bundle, read as the file (no parent bundle). */
  static Set<String> keys(String baseName, Language language) {
    return keys(baseName, language, new TreeSet<>());
  }

  /** {@link #keys(String, Language)}, adding a "defines key twice" line per repeated key. */
  private static Set<String> keys(String baseName, Language language, Set<String> twice) {
    String path = baseName.replace('.', '/') + "_" + language.code();
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("no bundle file " + path + ".properties");
      }
      Properties p =
          new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
              Object before = super.put(key, value);
              if (before != null) {
                twice.add(language.code() + " defines " + key + " twice");
              }
              return before;
            }
          };
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new TreeSet<>(p.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
