package org.flowbook.server.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flowbook.model.Language;
import org.junit.jupiter.api.Test;

/** Every user-visible text exists in Swedish and English, and a missing one fails loudly. */
class MessagesTest {
  private final Messages m = new Messages();

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(Messages.keysMissingInSomeLanguage()).isEmpty();
    assertThat(m.get(Language.SV, "tokens.revoke")).isEqualTo("Återkalla");
    assertThat(m.get(Language.EN, "login.limited")).contains("{seconds}");
  }

  @Test
  void aMissingKeyIsABugNotASilentEnglishText() {
    assertThatThrownBy(() -> m.get(Language.SV, "no.such.key"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.key");
    assertThat(m.has("no.such.key")).isFalse();
    assertThat(m.has("error.404")).isTrue();
  }
}
