package org.flowbook.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flowbook.analysis.metrics.Caveat;
import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;
import org.junit.jupiter.api.Test;

class ReportTextsTest {
  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(TextBundle.keysMissingInSomeLanguage(Texts.BUNDLE)).isEmpty();
  }

  @Test
  void everyCaveatKindHasATextAndAMissingKeyFailsLoudly() {
    for (Language l : Language.values()) {
      Texts t = new Texts(l);
      for (Caveat.Kind k : Caveat.Kind.values()) {
        assertThat(t.has("caveat." + k.name())).as(l + " " + k).isTrue();
      }
      assertThatThrownBy(() -> t.get("no-such-text")).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void argumentsAreInsertedAsWrittenNotRegroupedByTheLocale() {
    // MessageFormat would write 12345 as "12 345" in Swedish; the reports format numbers
    // themselves.
    assertThat(new Texts(Language.SV).format("impact.subject.many", 12345))
        .isEqualTo("De 12345 nya stegen och övriga ändringar");
    assertThat(new Texts(Language.EN).format("impact.rises", "Buyer", "10 %", "20 %"))
        .isEqualTo("the Buyer's utilization rises from 10 % to 20 %");
  }
}
