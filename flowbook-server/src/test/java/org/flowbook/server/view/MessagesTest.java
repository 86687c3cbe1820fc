package org.flowbook.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbook.model.Language;
import org.junit.jupiter.api.Test;

/** Every user-visible text exists in Swedish and English. */
class MessagesTest {
  @Test
  void bothLanguagesHaveTheSameKeys() {
    Messages m = new Messages();
    assertThat(m.complete()).isTrue();
    assertThat(m.get(Language.SV, "tokens.revoke")).isEqualTo("Återkalla");
    assertThat(m.get(Language.EN, "login.limited")).contains("{seconds}");
  }
}
