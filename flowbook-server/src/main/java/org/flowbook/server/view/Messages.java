package org.flowbook.server.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.flowbook.model.Language;

/** The user interface's words in Swedish and English, from {@code i18n/messages_XX.properties}. */
public final class Messages {
  private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

  public Messages() {
    for (Language l : Language.values()) {
      Properties p = new Properties();
      String name = "/i18n/messages_" + l.code() + ".properties";
      try (InputStream in = Messages.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      texts.put(l, p);
    }
  }

  /** The text of a key; the key itself when missing, so a gap shows instead of breaking. */
  public String get(Language l, String key) {
    String v = texts.get(l).getProperty(key);
    return v != null ? v : texts.get(Language.EN).getProperty(key, key);
  }

  /** True when both languages have the same keys (checked by a test). */
  public boolean complete() {
    return texts.get(Language.SV).keySet().equals(texts.get(Language.EN).keySet());
  }
}
