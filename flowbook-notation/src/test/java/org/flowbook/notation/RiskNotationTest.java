package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.flowbook.model.Control;
import org.flowbook.model.ControlFrequency;
import org.flowbook.model.ControlKind;
import org.flowbook.model.ControlMode;
import org.flowbook.model.Organization;
import org.flowbook.model.PersonalData;
import org.flowbook.model.Problem;
import org.flowbook.model.Risk;
import org.flowbook.model.RiskScore;
import org.flowbook.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** {@code risk:} under steps and processes, declared controls, personal data, risk threshold. */
class RiskNotationTest {
  static final String SV =
      """
      process: Leverantörsfakturor
      id: leverantorsfakturor
      språk: sv
      risk: Fakturaflödet stannar
        sannolikhet: 2, konsekvens: 3
        ägare: Ekonomichef

      1. Attestera fakturan   [Ekonomichef]
         kontroll: Attest av faktura (BFL 5:6)
         risk: Felaktig utbetalning
           beskrivning: En faktura betalas utan att varan levererats.
           sannolikhet: 3, konsekvens: 4
           efter kontroller: sannolikhet 2, konsekvens 3
           ägare: Ekonomichef
           kontroller: Attest av faktura, Månadsavstämning

      2. Betala   [Ekonomiassistent]
      """;

  static final String EN =
      """
      process: Supplier invoices
      id: supplier-invoices
      language: en
      risk: Invoice flow stops
        likelihood: 2, consequence: 3
        owner: CFO

      1. Approve the invoice   [CFO]
         control: Invoice approval (BFL 5:6)
         risk: Wrong payment
           description: An invoice is paid although nothing was delivered.
           likelihood: 3, consequence: 4
           after controls: likelihood 2, consequence 3
           owner: CFO
           controls: Invoice approval, Monthly reconciliation

      2. Pay   [Clerk]
      """;

  @Test
  void aSwedishRiskIsReadWithItsScoresOwnerAndControls() {
    ProcessDocument doc = ProcessParser.parse("lf.flow", SV);
    assertThat(doc.problems()).isEmpty();
    Risk r = doc.process().step("1").orElseThrow().risks().get(0);
    assertThat(r.name()).isEqualTo("Felaktig utbetalning");
    assertThat(r.description()).isEqualTo("En faktura betalas utan att varan levererats.");
    assertThat(r.inherent()).isEqualTo(new RiskScore(3, 4));
    assertThat(r.inherent().value()).isEqualTo(12);
    assertThat(r.residualScore()).contains(new RiskScore(2, 3));
    assertThat(r.effective().value()).isEqualTo(6);
    assertThat(r.owner()).isEqualTo("Ekonomichef");
    assertThat(r.controls()).containsExactly("Attest av faktura", "Månadsavstämning");
    assertThat(r.at()).isEqualTo(SourceLocation.of("lf.flow", 10, 4));
    // The risk lines are not instructions.
    assertThat(doc.process().step("1").orElseThrow().task().instructions()).isEmpty();
    Risk whole = doc.process().risks().get(0);
    assertThat(whole.name()).isEqualTo("Fakturaflödet stannar");
    assertThat(whole.effective().value()).isEqualTo(6);
    assertThat(whole.residualScore()).isEmpty();
    assertThat(whole.controls()).isEmpty();
  }

  @Test
  void swedishAndEnglishFormatCanonicallyAndStayFixed() {
    for (String text : List.of(SV, EN)) {
      ProcessDocument doc = ProcessParser.parse("p.flow", text);
      assertThat(doc.problems()).isEmpty();
      String formatted = ProcessFormatter.format(doc);
      assertThat(formatted).isEqualTo(text);
      assertThat(ProcessFormatter.format(ProcessParser.parse("p.flow", formatted)))
          .isEqualTo(formatted);
    }
  }

  @Test
  void looseSpellingsFormatToTheCanonicalOnes() {
    String loose =
        """
        process: T
        id: t
        språk: sv

        1. Gör   [Chef]
           risk: Fel
               Sannolikhet 3 ,  konsekvens: 4
              efter kontroller: sannolikhet: 1, konsekvens 4
              kontroll: A
        """;
    ProcessDocument doc = ProcessParser.parse("t.flow", loose);
    assertThat(doc.problems()).isEmpty();
    assertThat(ProcessFormatter.format(doc))
        .contains(
            """
               risk: Fel
                 sannolikhet: 3, konsekvens: 4
                 efter kontroller: sannolikhet 1, konsekvens 4
                 kontroller: A
            """);
  }

  @Test
  void badScalesAndMissingScoresAreLocatedErrors() {
    String text =
        """
        process: T
        id: t

        1. Do   [Boss]
           risk: Loss
             likelihood: 5, consequence: 0
           risk: Nothing assessed
             owner: Boss
           risk: Half after
             likelihood: 1, consequence: 1
             after controls: likelihood 1
        """;
    ProcessDocument doc = ProcessParser.parse("t.flow", text);
    assertThat(doc.problems())
        .extracting(Problem::code, p -> p.location().line(), p -> p.location().column())
        .containsExactly(
            Tuple.tuple("bad-risk-scale", 6, 18),
            Tuple.tuple("bad-risk-scale", 6, 34),
            Tuple.tuple("risk-without-score", 5, 4),
            Tuple.tuple("risk-without-score", 7, 4),
            Tuple.tuple("bad-residual-risk", 11, 22));
    assertThat(doc.problems()).allMatch(Problem::isError);
    assertThat(doc.problems().get(2).step()).isEqualTo("1");
  }

  @Test
  void anUnknownRiskKeyIsAWarningAndKeptInTheDescription() {
    String text =
        """
        process: T
        id: t
        språk: sv

        1. Gör   [Chef]
           risk: Fel
             sannolikhet: 2, konsekvens: 2
             konsekvnes: hög
        """;
    ProcessDocument doc = ProcessParser.parse("t.flow", text);
    assertThat(doc.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("unknown-risk-field");
              assertThat(p.isError()).isFalse();
              assertThat(p.hint()).contains("konsekvens");
              assertThat(p.location().line()).isEqualTo(8);
            });
    Risk r = doc.process().step("1").orElseThrow().risks().get(0);
    assertThat(r.description()).isEqualTo("konsekvnes: hög");
    assertThat(doc.process().step("1").orElseThrow().task().instructions()).isEmpty();
  }

  @Test
  void aRiskLineWasInstructionTextBeforeAndIsNoLonger() {
    String text =
        "process: T\nid: t\n\n1. Do   [Boss]\n   risk: Loss\n     likelihood: 1, consequence: 2\n   - Then do it.\n";
    ProcessDocument doc = ProcessParser.parse("t.flow", text);
    assertThat(doc.problems()).isEmpty();
    assertThat(doc.process().step("1").orElseThrow().task().instructions())
        .containsExactly("Then do it.");
    assertThat(doc.process().step("1").orElseThrow().risks()).hasSize(1);
  }

  static final String ORG_SV =
      """
      organisation: Exempel AB
      språk: sv
      valuta: kr
      riskgräns: 6

      roll: Ekonomichef
        antal: 1
        timmar: 40 per vecka

      system: Ekonomisystemet
        personuppgifter: kontaktuppgifter, bankkonto
        rättslig grund: avtal
        gallring: 7 år efter räkenskapsårets slut
        ändamål: betala leverantörer

      dokument: Leverantörsfaktura

      kontroll: Attest av faktura
        beskrivning: Behörig attestant godkänner innan betalning.
        ägare: Ekonomichef
        typ: förebyggande, manuell
        frekvens: per ärende
        bevis: Attestlogg i Ekonomisystemet
        krav: BFL 5:6

      kontroll: Månadsavstämning
        typ: upptäckande
        frekvens: varje månad
      """;

  @Test
  void declaredControlsPersonalDataAndThresholdAreReadAndFormattedBack() {
    OrganizationDocument doc = OrganizationParser.parse("organization.flow", ORG_SV);
    assertThat(doc.problems()).isEmpty();
    Organization o = doc.organization();
    assertThat(o.riskThreshold()).isEqualTo(6);
    Control attest = o.control("attest av faktura").orElseThrow();
    assertThat(attest.owner()).isEqualTo("Ekonomichef");
    assertThat(attest.kind()).isEqualTo(ControlKind.PREVENTIVE);
    assertThat(attest.mode()).isEqualTo(ControlMode.MANUAL);
    assertThat(attest.frequency()).isEqualTo(ControlFrequency.PER_CASE);
    assertThat(attest.evidence()).isEqualTo("Attestlogg i Ekonomisystemet");
    assertThat(attest.requirements()).containsExactly("BFL 5:6");
    Control month = o.control("Månadsavstämning").orElseThrow();
    assertThat(month.owner()).isNull();
    assertThat(month.mode()).isNull();
    assertThat(month.frequency()).isEqualTo(ControlFrequency.MONTHLY);
    assertThat(o.system("Ekonomisystemet").orElseThrow().personalData())
        .contains(
            new PersonalData(
                List.of("kontaktuppgifter", "bankkonto"),
                "avtal",
                "7 år efter räkenskapsårets slut",
                "betala leverantörer"));
    assertThat(o.document("Leverantörsfaktura").orElseThrow().personalData()).isEmpty();
    assertThat(OrganizationFormatter.format(doc)).isEqualTo(ORG_SV);
  }

  @Test
  void englishOrganizationWordsRoundTrip() {
    String en =
        """
        organization: Example Ltd
        language: en
        currency: SEK
        risk threshold: 9

        role: CFO
          capacity: 1
          hours: 40 per week

        document: Invoice
          personal data: contact details
          legal basis: contract
          retention: 7 years
          purpose: pay suppliers

        control: Invoice approval
          owner: CFO
          kind: detective, automatic
          frequency: quarterly
          evidence: Approval log
          requirements: BFL 5:6, GDPR Art. 30
        """;
    OrganizationDocument doc = OrganizationParser.parse("organization.flow", en);
    assertThat(doc.problems()).isEmpty();
    Control c = doc.organization().control("Invoice approval").orElseThrow();
    assertThat(c.kind()).isEqualTo(ControlKind.DETECTIVE);
    assertThat(c.mode()).isEqualTo(ControlMode.AUTOMATIC);
    assertThat(c.frequency()).isEqualTo(ControlFrequency.QUARTERLY);
    assertThat(c.requirements()).containsExactly("BFL 5:6", "GDPR Art. 30");
    assertThat(OrganizationFormatter.format(doc)).isEqualTo(en);
  }

  @Test
  void badControlWordsThresholdAndOrphanPersonalDataAreLocatedErrors() {
    String text =
        """
        organisation: X
        riskgräns: 20

        dokument: Blankett
          gallring: 2 år

        kontroll: K
          typ: förebyggande, ibland
          frekvens: ofta
          färg: blå
        """;
    OrganizationDocument doc = OrganizationParser.parse("organization.flow", text);
    assertThat(doc.problems())
        .extracting(Problem::code, p -> p.location().line())
        .containsExactlyInAnyOrder(
            Tuple.tuple("bad-risk-threshold", 2),
            Tuple.tuple("personal-data-without-categories", 5),
            Tuple.tuple("bad-control-kind", 8),
            Tuple.tuple("bad-frequency", 9),
            Tuple.tuple("unknown-field", 10));
    assertThat(doc.organization().riskThreshold()).isEqualTo(Organization.DEFAULT_RISK_THRESHOLD);
  }
}
