package org.flowbook.server.view;

import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.output.Sentences;

/**
 * A refusal in the user's language. The library and the routes refuse in English ({@code no process
 * 'x'}, {@code you need the author role for this; ask an administrator}), which the log and the
 * tests read; the bundle's {@code refusal.*} keys hold each such sentence as an English pattern and
 * its Swedish form, so the page or JSON body the user gets says it in their language. A sentence
 * the bundle does not know is shown as it was (the Swedish route walk fails on it).
 */
public final class Refusals {
  static final String PREFIX = "refusal.";
  private final Messages messages;
  private final List<String> keys;

  public Refusals(Messages messages) {
    this.messages = messages;
    this.keys = Sentences.keysWithPrefix(messages.in(Language.EN), PREFIX);
  }

  /** The English sentence said in {@code lang}; as it was when the bundle does not know it. */
  public String say(Language lang, String english) {
    if (lang == Language.EN || english == null) {
      return english;
    }
    return Sentences.translate(messages.in(Language.EN), messages.in(lang), keys, english)
        .orElse(english);
  }

  /** Whether the bundle knows the sentence (for tests). */
  public boolean knows(String english) {
    return Sentences.translate(messages.in(Language.EN), messages.in(Language.EN), keys, english)
        .isPresent();
  }
}
