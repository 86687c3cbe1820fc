package org.flowbook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Risks, declared controls and personal data: their values, defaults and refusals. */
class RiskAndControlTest {
  @Test
  void aScoreIsLikelihoodTimesConsequenceOnTheFourStepScales() {
    assertThat(new RiskScore(3, 4).value()).isEqualTo(12);
    assertThat(new RiskScore(1, 1).value()).isEqualTo(1);
    assertThat(new RiskScore(4, 4).value()).isEqualTo(16);
    assertThat(new RiskScore(2, 3).value()).isEqualTo(6);
    assertThatThrownBy(() -> new RiskScore(0, 2)).hasMessage("likelihood must be 1 to 4, not 0");
    assertThatThrownBy(() -> new RiskScore(2, 5)).hasMessage("consequence must be 1 to 4, not 5");
    assertThatThrownBy(() -> new RiskScore(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEffectiveScoreIsTheResidualWhenStatedElseTheInherent() {
    Risk without = risk(new RiskScore(3, 4), null);
    assertThat(without.residualScore()).isEmpty();
    assertThat(without.effective().value()).isEqualTo(12);
    assertThat(without.above(8)).isTrue();
    Risk with = risk(new RiskScore(3, 4), new RiskScore(2, 4));
    assertThat(with.effective().value()).isEqualTo(8);
    assertThat(with.above(8)).isFalse();
    assertThat(with.above(7)).isTrue();
    assertThatThrownBy(() -> risk(null, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aRiskStripsItsNamesAndTreatsABlankOwnerAsNotStated() {
    Risk r = new Risk(" Fel ", null, new RiskScore(1, 2), null, "  ", List.of(" Attest "), null);
    assertThat(r.name()).isEqualTo("Fel");
    assertThat(r.description()).isEmpty();
    assertThat(r.owner()).isNull();
    assertThat(r.ownerRole()).isEmpty();
    assertThat(r.controls()).containsExactly("Attest");
    assertThat(r.at()).isEqualTo(SourceLocation.UNKNOWN);
  }

  @Test
  void theOrganizationFindsDeclaredControlsByNameAndMergesTheirRequirements() {
    Control attest =
        new Control(
            "Attest av faktura",
            "",
            "Ekonomichef",
            ControlKind.PREVENTIVE,
            ControlMode.MANUAL,
            ControlFrequency.PER_CASE,
            "Attestlogg i Ekonomisystemet",
            List.of("BFL 5:6"),
            null);
    Organization o = Organization.empty().withControls(List.of(attest), 0);
    assertThat(o.riskThreshold()).isEqualTo(Organization.DEFAULT_RISK_THRESHOLD).isEqualTo(8);
    assertThat(o.control("attest AV faktura ")).contains(attest);
    assertThat(o.control("Annat")).isEmpty();
    assertThat(o.requirementsOf(new ControlRef("Attest av faktura", List.of("KL 6:6", "BFL 5:6"))))
        .containsExactly("KL 6:6", "BFL 5:6");
    assertThat(o.requirementsOf(new ControlRef("Inline", List.of("GDPR Art. 30"))))
        .containsExactly("GDPR Art. 30");
    assertThat(o.withControls(List.of(), 12).riskThreshold()).isEqualTo(12);
    assertThat(o.withPeople(List.of()).controls()).containsExactly(attest);
    assertThat(o.withLanguage(Language.SV).controls()).containsExactly(attest);
    assertThatThrownBy(() -> o.withControls(List.of(), 17))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.withControls(List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void controlWordsReadBothLanguagesAndTheirVariants() {
    assertThat(ControlFrequency.parse("Varje  månad")).contains(ControlFrequency.MONTHLY);
    assertThat(ControlFrequency.parse("per case")).contains(ControlFrequency.PER_CASE);
    assertThat(ControlFrequency.parse("annually")).contains(ControlFrequency.YEARLY);
    assertThat(ControlFrequency.parse("ibland")).isEmpty();
    assertThat(ControlFrequency.QUARTERLY.word(Language.SV)).isEqualTo("kvartalsvis");
    assertThat(ControlKind.parse("Upptäckande")).contains(ControlKind.DETECTIVE);
    assertThat(ControlKind.PREVENTIVE.word(Language.EN)).isEqualTo("preventive");
    assertThat(ControlMode.parse("automatisk")).contains(ControlMode.AUTOMATIC);
    assertThat(ControlMode.MANUAL.word(Language.SV)).isEqualTo("manuell");
  }

  @Test
  void stepsAndProcessesCarryRisksAndOldConstructorsHaveNone() {
    Risk r = risk(new RiskScore(2, 2), null);
    Activity a = new Activity("1", "Attestera", Task.by("Ekonomichef").withRisks(List.of(r)));
    assertThat(a.risks()).containsExactly(r);
    assertThat(new Start("s", "", null, null).risks()).isEmpty();
    Process p = Process.of("p", "P", List.of(a), List.of());
    assertThat(p.risks()).isEmpty();
    Risk whole = risk(new RiskScore(4, 4), null);
    Process withOwn = p.withRisks(List.of(whole));
    assertThat(withOwn.allRisks()).containsExactly(whole, r);
    assertThat(withOwn.withStatus(Status.PUBLISHED).risks()).containsExactly(whole);
  }

  @Test
  void personalDataNeedsACategoryAndDocumentsWithoutItSayEmpty() {
    PersonalData pd =
        new PersonalData(List.of(" kontaktuppgifter", "", "personnummer"), null, "7 år", null);
    assertThat(pd.categories()).containsExactly("kontaktuppgifter", "personnummer");
    assertThat(pd.legalBasis()).isEmpty();
    assertThat(new Document("Faktura", "", null).personalData()).isEmpty();
    assertThat(new Document("Faktura", "", null, pd).personalData()).contains(pd);
    assertThat(new ItSystem("HR", "", null, pd).personalData()).contains(pd);
    assertThatThrownBy(() -> new PersonalData(List.of(" "), "", "", ""))
        .hasMessage("personal data needs at least one category");
  }

  private static Risk risk(RiskScore inherent, RiskScore residual) {
    return new Risk("Fel belopp", "", inherent, residual, "Ekonomichef", List.of(), null);
  }
}
