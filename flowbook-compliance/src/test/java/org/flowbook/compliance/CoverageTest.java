package org.flowbook.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.flowbook.compliance.coverage.ControlUse;
import org.flowbook.compliance.coverage.Coverage;
import org.flowbook.compliance.coverage.CoverageReport;
import org.flowbook.compliance.coverage.RequirementCoverage;
import org.flowbook.compliance.coverage.StepUse;
import org.flowbook.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requirement coverage of the held workspace, checked by hand against Fixtures. */
class CoverageTest {
  @TempDir Path dir;

  @Test
  void everyRequirementOnceGapsFirstInDeclarationOrder() {
    CoverageReport c = Coverage.of(Fixtures.workspace(dir));
    // Gaps: BFL 7:2 and GDPR Art. 30 (nobody cites them); covered: BFL 5:6, GDPR Art. 32.
    assertThat(c.requirements())
        .extracting(RequirementCoverage::citation)
        .containsExactly("BFL 7:2", "GDPR Art. 30", "BFL 5:6", "GDPR Art. 32");
    assertThat(c.gaps()).hasSize(2);
    assertThat(c.coveredCount()).isEqualTo(2);
  }

  @Test
  void aDeclaredControlNoStepPerformsLeavesItsRequirementAGap() {
    RequirementCoverage art30 = find(Coverage.of(Fixtures.workspace(dir)), "GDPR Art. 30");
    assertThat(art30.isGap()).isTrue();
    assertThat(art30.controls())
        .extracting(ControlUse::control)
        .containsExactly("Registerförteckningen ses över");
    assertThat(art30.controls().get(0).isPerformed()).isFalse();
  }

  @Test
  void aRequirementTracesToEachControlAndEveryStepAndProcess() {
    RequirementCoverage bfl56 = find(Coverage.of(Fixtures.workspace(dir)), "BFL 5:6");
    assertThat(bfl56.controls())
        .extracting(ControlUse::control)
        .containsExactly("Kontering granskas", "Attest");
    // "Attest" cites BFL 5:6 where it is declared, and is performed in two processes; steps in
    // landscape (here: file) order.
    assertThat(bfl56.controls().get(1).steps())
        .extracting(StepUse::label)
        .containsExactly("Leverantörsfakturor 2. Attestera", "Ansökningar 2. Besluta");
    assertThat(bfl56.processes()).containsExactly("Leverantörsfakturor", "Ansökningar");
    assertThat(bfl56.regulation()).isEqualTo("Bokföringslagen");
    assertThat(bfl56.text()).isEqualTo("Det ska finnas en verifikation för varje affärshändelse.");
  }

  @Test
  void aCitationOfNoDeclaredRequirementIsListedWithItsStep() {
    var loaded =
        Fixtures.load(
            dir,
            Fixtures.ORG,
            Fixtures.INVOICES.replace("granskas (BFL 5:6)", "granskas (BFL 5:6, BFL 9:9)"));
    // The loader says so as an error; the report still lists it, at its step.
    assertThat(loaded.problems()).anyMatch(p -> p.code().equals("unknown-requirement"));
    CoverageReport c = Coverage.of(loaded.workspace());
    assertThat(c.unknownCitations()).hasSize(1);
    assertThat(c.unknownCitations().get(0).citation()).isEqualTo("BFL 9:9");
    assertThat(c.unknownCitations().get(0).step().label())
        .isEqualTo("Leverantörsfakturor 1. Registrera fakturan");
    assertThat(c.unknownCitations().get(0).step().at().line()).isEqualTo(11);
  }

  @Test
  void oneRegulationByShortOrFullNameInAnyCase() {
    Workspace ws = Fixtures.workspace(dir);
    for (String word : List.of("gdpr", "Dataskyddsförordningen")) {
      CoverageReport c = Coverage.of(ws, Optional.of(word));
      assertThat(c.requirements())
          .extracting(RequirementCoverage::citation)
          .containsExactly("GDPR Art. 30", "GDPR Art. 32");
      // The unknown citation is of BFL, so not GDPR's business.
      assertThat(c.unknownCitations()).isEmpty();
    }
    assertThat(Coverage.regulation(ws, "bfl")).isPresent();
    assertThat(Coverage.regulation(ws, "ISO")).isEmpty();
  }

  @Test
  void aNumberDeclaredTwiceIsOneRequirement() {
    String org =
        """
        organisation: X
        regelverk: Policy
          förkortning: P
          - 1: Ett.
          - 1: Ett igen.
        """;
    CoverageReport c = Coverage.of(Fixtures.workspace(dir, org));
    assertThat(c.requirements()).extracting(RequirementCoverage::citation).containsExactly("P 1");
    assertThat(c.requirements().get(0).controls()).isEmpty();
  }

  private static RequirementCoverage find(CoverageReport c, String citation) {
    return c.requirements().stream()
        .filter(r -> r.citation().equals(citation))
        .findFirst()
        .orElseThrow();
  }
}
