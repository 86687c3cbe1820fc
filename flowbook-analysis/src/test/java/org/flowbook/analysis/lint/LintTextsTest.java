package org.flowbook.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;
import org.junit.jupiter.api.Test;

/** Every rule speaks both languages: a message and a hint per code, in sv and in en. */
class LintTextsTest {
  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(TextBundle.keysMissingInSomeLanguage(LintContext.MESSAGES)).isEmpty();
  }

  @Test
  void everyRuleHasAMessageAndAHintInEveryLanguage() {
    List<String> missing = new ArrayList<>();
    for (Rule r : Linter.RULES) {
      for (Language l : Language.values()) {
        TextBundle b = TextBundle.of(LintContext.MESSAGES, l);
        for (String key : List.of(r.code(), r.code() + ".hint")) {
          if (!b.has(key)) {
            missing.add(l.code() + " " + key);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(Linter.RULES).hasSizeGreaterThan(15);
  }
}
