package org.flowbook.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flowbook.compliance.gdpr.ProcessingActivity;
import org.flowbook.compliance.gdpr.ProcessingRecord;
import org.flowbook.compliance.plan.ControlPlan;
import org.flowbook.compliance.plan.PlanRow;
import org.flowbook.compliance.plan.TestMethod;
import org.flowbook.compliance.plan.Timing;
import org.flowbook.compliance.risk.RiskEntry;
import org.flowbook.compliance.risk.RiskRegister;
import org.flowbook.model.ControlFrequency;
import org.flowbook.model.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk register, the internal-control plan and the Art. 30 record of Fixtures, by hand. */
class RegistersTest {
  @TempDir Path dir;
  @TempDir Path other;
  private Workspace ws;

  @BeforeEach
  void load() {
    ws = Fixtures.workspace(dir);
  }

  @Test
  void riskRegisterIsWorstFirstAfterControls() {
    RiskRegister r = RiskRegister.of(ws);
    // Effective values: Beslut 16, Obehörig 9, Jäv 8, Felaktig 6 (residual 2×3), Dubbel 4.
    assertThat(r.entries())
        .extracting(e -> e.risk().name())
        .containsExactly(
            "Beslut utan stöd i lag",
            "Obehörig åtkomst till personuppgifter",
            "Jäv vid attest",
            "Felaktig utbetalning",
            "Fakturan registreras två gånger");
    assertThat(r.aboveThreshold())
        .extracting(e -> e.risk().name())
        .containsExactly("Beslut utan stöd i lag", "Obehörig åtkomst till personuppgifter");
    RiskEntry payment = r.entries().get(3);
    assertThat(payment.where()).isEqualTo("Leverantörsfakturor");
    assertThat(payment.step()).isEmpty();
    RiskEntry access = r.entries().get(1);
    assertThat(access.where()).isEqualTo("Ansökningar 1. Ta emot ansökan");
    // No owner of its own: the process owner answers for it.
    assertThat(access.owner()).isEqualTo("Enhetschef");
    assertThat(r.threshold()).isEqualTo(8);
  }

  @Test
  void heatMapsCountEachRiskOnceBeforeAndAfter() {
    RiskRegister r = RiskRegister.of(ws);
    assertThat(r.before().total()).isEqualTo(5);
    assertThat(r.after().total()).isEqualTo(5);
    // Before: Felaktig utbetalning at likelihood 3, consequence 4; after at 2, 3.
    assertThat(r.before().count(3, 4)).isEqualTo(1);
    assertThat(r.after().count(3, 4)).isZero();
    assertThat(r.after().count(2, 3)).isEqualTo(1);
    // Without a residual assessment a risk stays where it was.
    assertThat(r.before().count(4, 4)).isEqualTo(1);
    assertThat(r.after().count(4, 4)).isEqualTo(1);
  }

  @Test
  void planTestsEachControlOfEveryRiskAboveTheThresholdBeforeControls() {
    ControlPlan p = ControlPlan.of(ws, RiskRegister.of(ws), 2027);
    // In: Beslut 16 (no control: a gap, first), Felaktig 12 (two controls), Obehörig 9.
    // Out: Jäv 8 (not above 8), Dubbel 4.
    assertThat(p.rows())
        .extracting(r -> r.risk().risk().name() + " / " + r.control())
        .containsExactly(
            "Beslut utan stöd i lag / ",
            "Felaktig utbetalning / Attest",
            "Felaktig utbetalning / Avstämning av reskontran",
            "Obehörig åtkomst till personuppgifter / Behörighetskontroll");
    PlanRow gap = p.rows().get(0);
    assertThat(gap.isGap()).isTrue();
    assertThat(gap.timing()).isEqualTo(Timing.NOW);
    assertThat(gap.method()).isEqualTo(TestMethod.NONE);
    assertThat(gap.responsible()).isEqualTo("Enhetschef");

    PlanRow attest = p.rows().get(1);
    assertThat(attest.responsible()).isEqualTo("Ekonomichef");
    assertThat(attest.frequency()).isEqualTo(ControlFrequency.PER_CASE);
    assertThat(attest.evidence()).isEqualTo("Attestlogg");
    assertThat(attest.method()).isEqualTo(TestMethod.SAMPLE);
    assertThat(attest.timing()).isEqualTo(Timing.EACH_QUARTER);
    assertThat(attest.reportedTo()).isEqualTo("Ekonomichef");

    PlanRow reconciliation = p.rows().get(2);
    assertThat(reconciliation.responsible()).isEqualTo("Ekonom");
    assertThat(reconciliation.frequency()).isEqualTo(ControlFrequency.MONTHLY);
    assertThat(reconciliation.method()).isEqualTo(TestMethod.REVIEW);

    // Written inline in step 1: performed by its performer, with every case, no evidence stated.
    PlanRow access = p.rows().get(3);
    assertThat(access.declared()).isTrue();
    assertThat(access.responsible()).isEqualTo("Handläggare");
    assertThat(access.frequency()).isEqualTo(ControlFrequency.PER_CASE);
    assertThat(access.method()).isEqualTo(TestMethod.WALKTHROUGH);
    assertThat(access.reportedTo()).isEqualTo("Enhetschef");
    assertThat(p.year()).isEqualTo(2027);
  }

  @Test
  void aYearlyOrAutomaticControlIsTestedOnceOrInTheSystem() {
    String org =
        Fixtures.ORG
            + """
            kontroll: Årsavstämning
              ägare: Ekonom
              typ: upptäckande, automatisk
              frekvens: årligen
            """;
    String process =
        """
        process: Årsbokslut
        id: bokslut
        ägare: Ekonomichef
        språk: sv
        risk: Fel i bokslutet
          sannolikhet: 4, konsekvens: 3
          kontroller: Årsavstämning, Okänd kontroll

        1. Stäng året   [Ekonom]
           - Stäng perioden.
        """;
    Workspace w = Fixtures.load(other, org, process).workspace();
    ControlPlan p = ControlPlan.of(w, RiskRegister.of(w), 2028);
    assertThat(p.rows()).hasSize(2);
    PlanRow yearly = p.rows().get(0);
    assertThat(yearly.timing()).isEqualTo(Timing.ONCE_Q4);
    assertThat(yearly.method()).isEqualTo(TestMethod.SYSTEM_CHECK);
    // A control named by the risk but declared nowhere and in no step: still tested, flagged.
    PlanRow unknown = p.rows().get(1);
    assertThat(unknown.declared()).isFalse();
    assertThat(unknown.frequency()).isNull();
    assertThat(unknown.timing()).isEqualTo(Timing.ONCE_Q4);
    assertThat(unknown.responsible()).isEqualTo("Ekonomichef");
  }

  @Test
  void recordOfProcessingListsProcessesWhoseStepsTouchPersonalData() {
    ProcessingRecord r = ProcessingRecord.of(ws);
    // Ledningsmöte only produces "Beslut", which declares no personal data.
    assertThat(r.activities())
        .extracting(ProcessingActivity::processId)
        .containsExactlyInAnyOrder("fakturor", "ansokan");
    ProcessingActivity invoices =
        r.activities().stream().filter(a -> a.processId().equals("fakturor")).findFirst().get();
    assertThat(invoices.categories()).containsExactly("kontaktuppgifter", "bankkonto");
    assertThat(invoices.purposes()).containsExactly("Betala leverantörer");
    assertThat(invoices.legalBases()).containsExactly("avtal");
    assertThat(invoices.retention()).containsExactly("Faktura: 7 år");
    // Step 1 takes the invoice; steps 2 and 3 use Raindance, which holds no personal data.
    assertThat(invoices.steps()).containsExactly("1");
    assertThat(invoices.recipientRoles()).containsExactly("Ekonom");
    assertThat(invoices.recipientSystems()).containsExactly("Raindance");
    assertThat(invoices.carriers()).containsExactly("Faktura");
  }

  @Test
  void aSystemWithPersonalDataMakesItsStepsTouchIt() {
    String process =
        """
        process: Ärenden
        id: arenden
        syfte: Handlägga ärenden snabbt.
        språk: sv

        1. Registrera ärendet   [Handläggare]
           - Registrera.
           system: ärendesystem
        2. Avsluta   [Enhetschef]
           - Avsluta.
        """;
    Workspace w = Fixtures.workspace(other, Fixtures.ORG, process);
    ProcessingActivity a = ProcessingRecord.of(w).activities().get(0);
    // Names compare without case; the system's declared name is shown.
    assertThat(a.carriers()).containsExactly("Ärendesystem");
    assertThat(a.recipientSystems()).containsExactly("Ärendesystem");
    assertThat(a.purposes()).containsExactly("Handlägga ärenden");
    assertThat(a.retention()).containsExactly("Ärendesystem: 2 år efter avslutat ärende");
    assertThat(a.recipientRoles()).containsExactly("Handläggare");
  }
}
