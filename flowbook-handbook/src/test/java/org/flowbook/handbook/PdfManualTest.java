package org.flowbook.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the PDF back with PDFBox, as an auditor's tools would. */
class PdfManualTest {
  private static final Workspace WS = Fixtures.workspace();
  private static byte[] pdf;

  @BeforeAll
  static void write() {
    // 1200 px wide charts must go on landscape pages.
    pdf =
        new Handbooks(Fixtures.boxes(1200))
            .bytes(WS, Fixtures.process("purchase-approval", OutputFormat.PDF, Language.SV));
  }

  @Test
  void listsTheStepsInOrderAfterTheTableOfContents() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      int steps = text.indexOf("Steg för steg", text.indexOf("Steg för steg") + 1);
      assertThat(steps).as("the chapter after its TOC entry").isPositive();
      String body = text.substring(steps);
      List<String> titles =
          List.of(
              "Fyll i inköpsanmodan", "Granska anmodan", "Godkänn stort inköp", "Lägg beställning");
      int at = 0;
      for (int i = 0; i < titles.size(); i++) {
        int next = body.indexOf(titles.get(i), at);
        assertThat(next)
            .as("step %d '%s' after the previous one", i + 1, titles.get(i))
            .isGreaterThan(at);
        at = next;
      }
    }
  }

  @Test
  void embedsItsFontsAndNumbersItsPages() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      String second = stripper.getText(doc);
      assertThat(second).contains("Sida 2 av " + pages).contains("Inköpsgodkännande · version 3");
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      assertThat(stripper.getText(doc)).doesNotContain("Sida 1 av").contains("Inköpsgodkännande");
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("LiberationSans");
        }
      }
    }
  }

  @Test
  void hasBookmarksForTheChaptersAndALandscapePageForTheWideChart() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertThat(bookmarks)
          .contains("Om processen", "Flödesschema", "Steg för steg", "Ansvarsmatris (RACI)");
      long landscape = 0;
      for (PDPage page : doc.getPages()) {
        if (page.getMediaBox().getWidth() > page.getMediaBox().getHeight()) {
          landscape++;
        }
      }
      assertThat(landscape).isEqualTo(1);
    }
  }

  @Test
  void aRoleManualInEnglishStartsWithTheResponsibilitySummary() throws Exception {
    byte[] role =
        new Handbooks(Fixtures.boxes(300))
            .bytes(WS, Fixtures.role("Inköpare", OutputFormat.PDF, Language.EN));
    try (PDDocument doc = Loader.loadPDF(role)) {
      String text = new PDFTextStripper().getText(doc);
      int summary =
          text.indexOf("Responsibility summary", text.indexOf("Responsibility summary") + 1);
      assertThat(summary).isPositive();
      assertThat(text.indexOf("Lägg beställning", summary)).isGreaterThan(summary);
      assertThat(text).contains("Page 2 of " + doc.getNumberOfPages());
    }
  }

  @Test
  void isTaggedAndTheChartCarriesItsNarrativeAsAlternateText() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).as("/MarkInfo /Marked true").isTrue();
      assertThat(catalog.getStructureTreeRoot()).as("/StructTreeRoot").isNotNull();
      assertThat(catalog.getLanguage()).isEqualTo("sv");
      assertThat(doc.getDocumentInformation().getTitle()).contains("Inköpsgodkännande");
      List<PDStructureElement> figures = new ArrayList<>();
      collect(catalog.getStructureTreeRoot(), "Figure", figures);
      assertThat(figures).as("the chart is a tagged figure").isNotEmpty();
      assertThat(figures)
          .as("every figure has alternate text")
          .allSatisfy(f -> assertThat(f.getAlternateDescription()).isNotBlank());
      // The flowchart's /Alt is its caption and then the narrative of the flow.
      assertThat(figures)
          .as(
              "alts: %s",
              figures.stream().map(PDStructureElement::getAlternateDescription).toList())
          .anySatisfy(
              f ->
                  assertThat(f.getAlternateDescription())
                      .startsWith("Flödesschema för Inköpsgodkännande. ")
                      .contains("Processen startar när en medarbetare behöver köpa varor")
                      .contains("går ärendet vidare till steg 3")
                      .endsWith("Ärendet avslutas med ”Beställning lagd”."));
    }
  }

  private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if (type.equals(e.getStructureType())) {
          out.add(e);
        }
        collect(e, type, out);
      }
    }
  }
}
