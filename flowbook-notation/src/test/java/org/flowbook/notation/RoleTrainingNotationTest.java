package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Role;
import org.flowbook.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code utbildning:} and {@code giltig:} under a role (issue 16). */
class RoleTrainingNotationTest {

  @Test
  void readsItemsSeparatedBySemicolonsAndAValidity() {
    var doc =
        OrganizationParser.parse(
            "organization.flow",
            """
            språk: sv
            roll: Inköpare
              utbildning: Attestordningen, version 2; LOU grundkurs
              giltig: 12 mån
            """);
    assertThat(doc.problems()).isEmpty();
    Role r = doc.organization().role("Inköpare").orElseThrow();
    assertThat(r.training().items()).containsExactly("Attestordningen, version 2", "LOU grundkurs");
    assertThat(r.training().validFor()).isEqualTo(Period.ofMonths(12));
    assertThat(r.training().lastValidDay(LocalDate.of(2027, 1, 31)))
        .isEqualTo(LocalDate.of(2028, 1, 30));
  }

  @Test
  void englishKeywordsAndFormatterWriteTheCanonicalForm() {
    var doc =
        OrganizationParser.parse(
            "organization.flow",
            """
            language: en
            role: Buyer
              valid for:   2 Years
              training:  Approval rules ;Public procurement
            """);
    assertThat(doc.problems()).isEmpty();
    String once = OrganizationFormatter.format(doc);
    assertThat(once)
        .contains(
            """
            role: Buyer
              capacity: 1
              hours: 40 per week
              training: Approval rules; Public procurement
              valid: 2 years
            """);
    assertThat(OrganizationFormatter.format(OrganizationParser.parse("o.flow", once)))
        .isEqualTo(once);
  }

  @Test
  void swedishIsWrittenInSwedish() {
    var doc =
        OrganizationParser.parse(
            "organization.flow",
            "språk: sv\nroll: Montör\n  giltighet: 3 år\n  utbildning: ID06\n");
    assertThat(OrganizationFormatter.format(doc)).contains("  utbildning: ID06\n  giltig: 3 år\n");
  }

  @Test
  void malformedValuesAreWarningsAndTheRoleStillLoads() {
    var doc =
        OrganizationParser.parse(
            "organization.flow",
            "roll: A\n  utbildning: X; x;\n  giltig: 0 mån\nroll: B\n  giltig: 900 år\n");
    assertThat(doc.problems()).extracting(Problem::severity).containsOnly(Severity.WARNING);
    assertThat(doc.problems())
        .extracting(Problem::code)
        .containsExactly("bad-training", "bad-training", "bad-validity", "bad-validity");
    Role a = doc.organization().role("A").orElseThrow();
    assertThat(a.training().items()).containsExactly("X");
    assertThat(a.training().expires()).isFalse();
  }

  @Test
  void aTrainingKeyOnAPersonIsAnUnknownField() {
    var doc =
        OrganizationParser.parse(
            "organization.flow", "roll: A\nperson: Bo\n  roller: A\n  utbildning: X\n");
    assertThat(doc.problems()).extracting(Problem::code).containsExactly("unknown-field");
  }

  @ParameterizedTest
  @CsvSource({
    "12 mån, P12M, 12 mån, 12 months",
    "1 år, P1Y, 1 år, 1 year",
    "6 months, P6M, 6 mån, 6 months",
    "2 weeks, P14D, 2 veckor, 2 weeks",
    "90 dagar, P90D, 90 dagar, 90 days",
    "18 månader, P18M, 18 mån, 18 months"
  })
  void periodsParseAndFormatInBothLanguages(String text, String iso, String sv, String en) {
    Period p = Periods.parse(text).orElseThrow();
    assertThat(p.normalized()).isEqualTo(Period.parse(iso).normalized());
    assertThat(Periods.format(p, Language.SV)).isEqualTo(sv);
    assertThat(Periods.format(p, Language.EN)).isEqualTo(en);
  }

  @Test
  void nonsensePeriodsAreRefused() {
    assertThat(Periods.parse("")).isEmpty();
    assertThat(Periods.parse("tolv mån")).isEmpty();
    assertThat(Periods.parse("12")).isEmpty();
    assertThat(Periods.parse("12 lightyears")).isEmpty();
    assertThat(Periods.parse("0 år")).isEmpty();
    assertThat(Periods.parse("51 år")).isEmpty();
    assertThat(Periods.parse("99999999999 år")).isEmpty();
  }
}
