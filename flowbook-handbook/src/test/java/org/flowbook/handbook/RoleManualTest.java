package org.flowbook.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flowbook.handbook.content.Chapter;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.flowbook.output.Progress;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RoleManualTest {
  private static final Workspace WS = Fixtures.workspace();
  private final Handbooks handbooks = new Handbooks(Flowcharts.none());

  /** The steps the fixture gives Inköpare as performer, read off the .flow files by hand. */
  private static final List<String> BUYER_STEPS =
      List.of(
          "p-supplier-invoices-s-2",
          "p-supplier-invoices-s-3",
          "p-purchase-approval-s-4",
          "p-onboarding-s-4");

  @Test
  void containsExactlyTheStepsTheRolePerformsGroupedByProcessInLandscapeOrder() {
    Manual manual =
        handbooks.compose(
            WS, Fixtures.role("inköpare", OutputFormat.HTML, Language.SV), Progress.NONE);
    List<String> steps =
        manual.outline().stream()
            .map(Manual.Entry::chapter)
            .filter(c -> !c.number().isEmpty())
            .map(Chapter::anchor)
            .toList();
    assertThat(steps).containsExactlyInAnyOrderElementsOf(BUYER_STEPS);
    // The summary and "Att lära sig" (the curriculum) come before the process chapters.
    assertThat(manual.chapters().get(1).title()).isEqualTo("Att lära sig");
    List<String> processes = manual.chapters().stream().skip(2).map(Chapter::title).toList();
    assertThat(processes)
        .containsExactly("Ny medarbetare", "Inköpsgodkännande", "Leverantörsfakturor");
    assertThat(manual.chapters().get(0).title()).isEqualTo("Ansvarsöversikt");
  }

  @Test
  void theHtmlHasOneSectionPerStepOfTheRole() throws Exception {
    byte[] html = handbooks.bytes(WS, Fixtures.role("Inköpare", OutputFormat.HTML, Language.SV));
    Document doc = Xhtml.parse(new String(html, StandardCharsets.UTF_8));
    List<String> sections =
        Xhtml.elements(doc, "section").stream()
            .filter(s -> s.getAttribute("class").contains("step"))
            .map(s -> s.getAttribute("id"))
            .toList();
    assertThat(sections).containsExactlyInAnyOrderElementsOf(BUYER_STEPS);
  }

  @Test
  void theSummaryListsEveryStepWhereTheRoleHasAPart() {
    Manual manual =
        handbooks.compose(WS, Fixtures.role("Chef", OutputFormat.HTML, Language.EN), Progress.NONE);
    String summary = manual.chapters().get(0).blocks().toString();
    // Chef: performs purchase-approval 2, onboarding 1 and 6; is informed in purchase-approval 3.
    assertThat(summary)
        .contains(
            "2. Granska anmodan",
            "3. Godkänn stort inköp",
            "1. Meddela IT och ekonomi",
            "6. Välkomna den nya medarbetaren");
    assertThat(summary).contains("Chef takes part in 4 steps of 2 processes.");
  }
}
