package org.flowbook.handbook.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrammarTest {
  private final Grammar sv = new SwedishGrammar();
  private final Grammar en = new EnglishGrammar();

  @ParameterizedTest
  @CsvSource({
    "fyll, fyller", "granska, granskar", "godkänn, godkänner", "lägg, lägger", "gör, gör",
    "ta, tar", "gå, går", "kör, kör", "ring, ringer", "välkomna, välkomnar"
  })
  void swedishPresentFromImperative(String imperative, String present) {
    assertThat(SwedishGrammar.present(imperative)).isEqualTo(present);
  }

  @ParameterizedTest
  @CsvSource({
    "fill, fills",
    "approve, approves",
    "check, checks",
    "pass, passes",
    "go, goes",
    "carry, carries",
    "pay, pays",
    "do, does"
  })
  void englishThirdPerson(String verb, String third) {
    assertThat(EnglishGrammar.thirdPerson(verb)).isEqualTo(third);
  }

  @ParameterizedTest
  @CsvSource({
    "Beställare, beställaren",
    "Chef, chefen",
    "Ekonomidirektör, ekonomidirektören",
    "IT-support, IT-supporten",
    "VD, VD",
    "Controller, controllern",
    "Ansvarig chef, Ansvarig chef"
  })
  void swedishDefiniteRoles(String role, String inText) {
    assertThat(sv.roleInText(role)).isEqualTo(inText);
  }

  @Test
  void sentencesWithTwoVerbsAndNounTitles() {
    assertThat(sv.doing("Sedan", "Säljare", "Kalkylera och skriv offerten"))
        .isEqualTo("Sedan kalkylerar säljaren och skriver offerten.");
    assertThat(en.doing("Then", "Sales rep", "Calculate and write the quote"))
        .isEqualTo("Then the sales rep calculates and writes the quote.");
    assertThat(sv.doing("Först", "Ekonom", "Registrering av fakturan"))
        .isEqualTo("Först tar ekonomen hand om ”Registrering av fakturan”.");
    assertThat(en.doing("First", "CFO", "Approval of the budget"))
        .isEqualTo("First the CFO takes care of “Approval of the budget”.");
  }

  @Test
  void triggersThatAreNotClausesAreNotGluedToWhen() {
    assertThat(sv.startsClause("en kund skickar en förfrågan")).isTrue();
    assertThat(sv.startsClause("ledningsgruppen beslutar om budgeten")).isTrue();
    assertThat(sv.startsClause("två gånger per år")).isFalse();
    assertThat(sv.startsClause("första arbetsdagen i en ny månad")).isFalse();
    assertThat(en.startsClause("an employee needs to buy something")).isTrue();
    assertThat(en.startsClause("twice a year")).isFalse();
  }
}
