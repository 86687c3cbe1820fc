package org.flowbook.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbook.model.Language;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static final String BUNDLE = "org.flowbook.output.sentences";
  private final TextBundle en = TextBundle.of(BUNDLE, Language.EN);
  private final TextBundle sv = TextBundle.of(BUNDLE, Language.SV);
  private final List<String> keys = Sentences.keysWithPrefix(en, "says.");

  @Test
  void theMostSpecificPatternIsTriedFirst() {
    assertThat(keys).containsExactly("says.two", "says.quoted", "says.plain");
    assertThat(Sentences.translate(en, sv, keys, "no process 'inköp'"))
        .contains("processen 'inköp' finns inte");
    assertThat(Sentences.translate(en, sv, keys, "no process 7"))
        .contains("processen 7 finns inte");
  }

  @Test
  void valuesMoveToWhereTheOtherLanguagePutsThem() {
    assertThat(Sentences.translate(en, sv, keys, "version 3 of 'inköp' is a draft"))
        .contains("'inköp' version 3 är a draft");
  }

  @Test
  void aSentenceNoPatternMatchesIsNotTranslated() {
    assertThat(Sentences.translate(en, sv, keys, "something else")).isEmpty();
    assertThat(Sentences.translate(en, sv, keys, "no processes")).isEmpty();
    // the least specific pattern takes what the others leave, its value as written
    assertThat(Sentences.translate(en, sv, keys, "no process 'x' today"))
        .contains("processen 'x' today finns inte");
  }
}
