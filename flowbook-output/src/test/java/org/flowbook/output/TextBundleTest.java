package org.flowbook.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flowbook.model.Language;
import org.junit.jupiter.api.Test;

class TextBundleTest {
  @Test
  void theFormatsBundleHasEveryKeyInEveryLanguage() {
    assertThat(TextBundle.keysMissingInSomeLanguage("org.flowbook.output.formats")).isEmpty();
  }

  @Test
  void aKeyInOneLanguageOnlyOrTwiceInOneFileIsReported() {
    assertThat(TextBundle.keysMissingInSomeLanguage("org.flowbook.output.lopsided"))
        .containsExactly("sv lacks only-english");
    // The second text would win silently and the first never be shown.
    assertThat(TextBundle.keysMissingInSomeLanguage("org.flowbook.output.twice"))
        .containsExactly("en defines due twice");
  }

  @Test
  void aMissingKeyFailsLoudlyAndNeverFallsBackToAnotherLanguage() {
    TextBundle sv = TextBundle.of("org.flowbook.output.lopsided", Language.SV);
    assertThat(sv.has("only-english")).isFalse();
    assertThatThrownBy(() -> sv.get("only-english"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only-english")
        .hasMessageContaining("sv");
  }

  @Test
  void apostrophesArePlainAndArgumentsAreFormattedForTheLanguage() {
    TextBundle sv = TextBundle.of("org.flowbook.output.lopsided", Language.SV);
    assertThat(sv.format("role", "Inkopare")).isEqualTo("rollen 'Inkopare' är inte deklarerad");
  }
}
