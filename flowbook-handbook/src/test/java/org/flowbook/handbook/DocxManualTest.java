package org.flowbook.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.flowbook.model.Language;
import org.junit.jupiter.api.Test;

/** Opens the Word file with POI, as Word's table of contents would see it. */
class DocxManualTest {
  @Test
  void usesRealHeadingStylesWithOutlineLevelsAndHasATableOfContentsField() throws Exception {
    byte[] docx =
        new Handbooks(Fixtures.boxes(900))
            .bytes(
                Fixtures.workspace(),
                Fixtures.process("purchase-approval", OutputFormat.DOCX, Language.SV));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (int level = 1; level <= 3; level++) {
        XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
        assertThat(style).as("Heading%d", level).isNotNull();
        assertThat(style.getName()).isEqualTo("heading " + level);
        assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
            .isEqualTo(level - 1);
      }
      List<String> h1 = texts(doc, "Heading1");
      List<String> h2 = texts(doc, "Heading2");
      assertThat(h1)
          .containsExactly(
              "Om processen",
              "Var processen hör hemma",
              "Flödesschema",
              "Steg för steg",
              "Ansvarsmatris (RACI)",
              "Roller som deltar",
              "Kontroller och regelverk",
              "Flödet i ord");
      assertThat(h2)
          .containsExactly(
              "1. Fyll i inköpsanmodan",
              "2. Granska anmodan",
              "3. Godkänn stort inköp",
              "4. Lägg beställning");
      assertThat(doc.getDocument().xmlText()).contains("TOC \\o");
      assertThat(doc.getAllPictures()).as("flowchart and context drawing as PNG").hasSize(2);
      assertThat(doc.getAllPictures().get(0).getPictureType())
          .isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
      assertThat(doc.getHeaderList())
          .anySatisfy(h -> assertThat(h.getText()).contains("Inköpsgodkännande"));
    }
  }

  private static List<String> texts(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }
}
