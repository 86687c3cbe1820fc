package org.flowbook.diagram.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void everyWordExistsInEveryLanguage() {
    assertThat(TextBundle.keysMissingInSomeLanguage(Words.BUNDLE)).isEmpty();
  }

  @Test
  void everyChangeStateHasAWord() {
    for (ChangeState s : ChangeState.values()) {
      for (Language l : Language.values()) {
        assertThat(Words.state(s, l)).isNotBlank();
      }
    }
    assertThat(Words.state(ChangeState.REMOVED, Language.SV)).isEqualTo("Borttaget");
  }

  @Test
  void theLandscapeTitleNamesTheOrganization() {
    assertThat(Words.landscapeTitle("", Language.SV)).isEqualTo("Processkarta");
    assertThat(Words.landscapeTitle("Acme", Language.EN)).isEqualTo("Process landscape – Acme");
  }
}
