package org.flowbook.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.flowbook.model.Language;
import org.junit.jupiter.api.Test;

class LocaleFormatTest {
  private final LocaleFormat sv = LocaleFormat.of(Language.SV);
  private final LocaleFormat en = LocaleFormat.of(Language.EN);

  @Test
  void numbersUseTheLanguagesSeparatorsAndMinus() {
    assertThat(sv.number(12300.25, 1)).isEqualTo("12\u00a0300,2");
    assertThat(en.number(12300.25, 1)).isEqualTo("12,300.2");
    assertThat(sv.number(-1.5, 1)).isEqualTo("−1,5");
    assertThat(sv.number(-0.01, 1)).isEqualTo("0");
    assertThat(sv.count(1234567)).isEqualTo("1\u00a0234\u00a0567");
    assertThat(en.fixed(0.95234, 4)).isEqualTo("0.9523");
    assertThat(sv.fixed(2, 1)).isEqualTo("2,0");
  }

  @Test
  void moneySharesAndChanges() {
    assertThat(sv.money(12300.4, "kr")).isEqualTo("12\u00a0300 kr");
    assertThat(en.percent(0.254, 0)).isEqualTo("25 %");
    assertThat(sv.percentNoBreak(0.125, 1)).isEqualTo("12,5\u00a0%");
    assertThat(sv.signed("1,4 dagar", 1.4)).isEqualTo("+1,4 dagar");
    assertThat(sv.signed("−120 kr", -120)).isEqualTo("−120 kr");
  }

  @Test
  void durationsInTheUnitAReaderThinksIn() {
    assertThat(sv.hours(0.5)).isEqualTo("30 min");
    assertThat(sv.hours(3.5)).isEqualTo("3,5 h");
    assertThat(sv.hours(24)).isEqualTo("1 dag");
    assertThat(en.hours(36)).isEqualTo("1.5 days");
    assertThat(en.effort(65)).isEqualTo("65 h");
    assertThat(sv.workingHours(20)).isEqualTo("2,5 arbetsdagar");
    assertThat(sv.exact(Duration.ofMinutes(90))).isEqualTo("1\u00a0tim 30\u00a0min");
    assertThat(en.exact(Duration.ofHours(28))).isEqualTo("1\u00a0day 4\u00a0h");
    assertThat(en.exact(Duration.ofSeconds(20))).isEqualTo("20 s");
    assertThat(en.millis(850)).isEqualTo("850 ms");
    assertThat(sv.millis(8.6 * 86_400_000)).isEqualTo("8,6 d");
    assertThat(sv.millis(1.2 * 365.25 * 86_400_000)).isEqualTo("1,2 år");
  }

  @Test
  void datesAndLists() {
    assertThat(sv.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 mars 2027");
    assertThat(en.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 March 2027");
    assertThat(LocaleFormat.isoMinute(0)).isEqualTo("1970-01-01 00:00");
    assertThat(sv.list(List.of("A", "B", "C"))).isEqualTo("A, B och C");
    assertThat(en.list(List.of("A"))).isEqualTo("A");
  }
}
