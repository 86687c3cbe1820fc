package org.flowbook.diagram.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wrapping keeps every line within the width and breaks long words where a reader expects. */
class TextWrapTest {
  private static final double SIZE = 12;

  @Test
  void aLongCompoundIsHyphenatedBetweenSyllables() {
    double width = Fonts.width("arbetsmiljöintroduk-", SIZE, false);
    List<String> lines = TextWrap.wrap("arbetsmiljöintroduktion", width, SIZE, false, 4);
    assertThat(lines).containsExactly("arbetsmiljöintroduk-", "tion");
  }

  @Test
  void aWordWithAHyphenBreaksThere() {
    double width = Fonts.width("leverantörsreskontra-", SIZE, false);
    assertThat(TextWrap.wrap("leverantörsreskontra-avstämning", width, SIZE, false, 4))
        .containsExactly("leverantörsreskontra-", "avstämning");
  }

  @Test
  void soundsWrittenWithTwoLettersStayTogether() {
    // "ck" is one sound: never "tryc-kning".
    double width = Fonts.width("tryckningsbeställ", SIZE, false);
    for (String line : TextWrap.wrap("tryckningsbeställningen", width, SIZE, false, 4)) {
      assertThat(line).doesNotEndWith("c-");
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyLineFitsAndNoLetterIsLost(long seed) {
    Random random = new Random(seed);
    String letters = "abcdefghijklmnopqrstuvwxyzåäö";
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 6; w++) {
      int n = 2 + random.nextInt(w % 2 == 0 ? 30 : 8);
      for (int i = 0; i < n; i++) {
        text.append(letters.charAt(random.nextInt(letters.length())));
      }
      text.append(' ');
    }
    double width = 60 + random.nextInt(120);
    List<String> lines = TextWrap.wrap(text.toString(), width, SIZE, false, 100);
    for (String line : lines) {
      assertThat(Fonts.width(line, SIZE, false)).as(line).isLessThanOrEqualTo(width);
    }
    // Joined again (hyphens that were added removed), the words come back whole.
    String joined = String.join("\n", lines).replace("-\n", "").replace('\n', ' ');
    assertThat(joined).isEqualTo(text.toString().strip());
  }
}
