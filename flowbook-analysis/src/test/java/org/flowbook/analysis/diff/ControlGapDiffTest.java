package org.flowbook.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.report.DiffReport;
import org.flowbook.analysis.report.HtmlReport;
import org.flowbook.analysis.report.JsonReport;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.notation.OrganizationParser;
import org.flowbook.notation.ProcessParser;
import org.junit.jupiter.api.Test;

/** A control removed in a new version shows as a new gap in {@code flowbook diff}. */
class ControlGapDiffTest {
  static final String ORG =
      """
      organisation: Test
      språk: sv

      roll: Ekonomichef

      regelverk: Bokföringslagen
        förkortning: BFL
        - 5:6: Verifikation
        - 7:1: Arkivering

      kontroll: Månadsavstämning
        ägare: Ekonomichef
        frekvens: varje månad
        bevis: Avstämningsprotokoll
        krav: BFL 7:1
      """;

  static final String V1 =
      """
      process: Fakturor
      id: fakturor
      språk: sv

      1. Attestera   [Ekonomichef]
         kontroll: Attest (BFL 5:6)
         risk: Felaktig utbetalning
           sannolikhet: 3, konsekvens: 4
           efter kontroller: sannolikhet 2, konsekvens 3
           kontroller: Attest, Månadsavstämning

      2. Betala   [Ekonomichef]
         risk: Dubbelbetalning
           sannolikhet: 2, konsekvens: 2
           kontroller: Attest
      """;

  /** The attest is gone; the monthly reconciliation stays only for the first risk. */
  static final String V2 =
      """
      process: Fakturor
      id: fakturor
      språk: sv

      1. Attestera   [Ekonomichef]
         risk: Felaktig utbetalning
           sannolikhet: 3, konsekvens: 4
           efter kontroller: sannolikhet 2, konsekvens 3
           kontroller: Attest, Månadsavstämning

      2. Betala   [Ekonomichef]
         risk: Dubbelbetalning
           sannolikhet: 2, konsekvens: 2
           kontroller: Attest
      """;

  @Test
  void removingTheLastControlOfARequirementAndOfARiskOpensTwoGaps() {
    Organization org = OrganizationParser.parse("organization.flow", ORG).organization();
    Process v1 = ProcessParser.parse("f.flow", V1).process();
    Process v2 = ProcessParser.parse("f.flow", V2).process();
    ProcessDiff d =
        new DiffAnalyzer(new Workspace(org, List.of(v1))).compare(v1, v2, Optional.empty());
    // BFL 7:1 is still covered through the declared Månadsavstämning the first risk names; the
    // first risk keeps that control, so only the second risk and BFL 5:6 are new gaps.
    assertThat(d.gaps())
        .containsExactly(
            new ControlGap(ControlGap.Kind.REQUIREMENT, "BFL 5:6", List.of("Attest")),
            new ControlGap(ControlGap.Kind.RISK, "Dubbelbetalning", List.of("Attest")));
    assertThat(DiffReport.render(d, Language.SV))
        .contains(
            "Nya luckor\n"
                + "  Kravet BFL 5:6 täcks inte längre av någon kontroll (tidigare: Attest).\n"
                + "  Risken \"Dubbelbetalning\" har ingen kontroll kvar (tidigare: Attest).\n");
    assertThat(DiffReport.render(d, Language.EN))
        .contains("Requirement BFL 5:6 is no longer covered by any control (was: Attest).");
    assertThat(JsonReport.render(d, Language.EN))
        .contains("\"gaps\"")
        .contains("\"kind\" : \"requirement\"")
        .contains("\"subject\" : \"Dubbelbetalning\"");
    assertThat(HtmlReport.render(d, Language.SV)).contains("<h2>Nya luckor</h2>");
  }

  @Test
  void aRequirementAnotherProcessStillCoversIsNoGap() {
    Organization org = OrganizationParser.parse("organization.flow", ORG).organization();
    Process v1 = ProcessParser.parse("f.flow", V1).process();
    Process v2 = ProcessParser.parse("f.flow", V2).process();
    Process other =
        ProcessParser.parse(
                "o.flow",
                "process: Annan\nid: annan\nspråk: sv\n\n1. Bokför   [Ekonomichef]\n"
                    + "   kontroll: Verifikation (BFL 5:6)\n")
            .process();
    ProcessDiff d =
        new DiffAnalyzer(new Workspace(org, List.of(v1, other))).compare(v1, v2, Optional.empty());
    assertThat(d.gaps()).extracting(ControlGap::subject).containsExactly("Dubbelbetalning");
  }

  @Test
  void theSameVersionHasNoGaps() {
    Organization org = OrganizationParser.parse("organization.flow", ORG).organization();
    Process v1 = ProcessParser.parse("f.flow", V1).process();
    ProcessDiff d =
        new DiffAnalyzer(new Workspace(org, List.of(v1))).compare(v1, v1, Optional.empty());
    assertThat(d.gaps()).isEmpty();
    assertThat(d.isEmpty()).isTrue();
  }
}
