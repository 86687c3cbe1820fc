package org.flowbook.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.Problem;
import org.junit.jupiter.api.Test;

/** Hostile and broken drawings and lists end in located errors, never in a crash or a hang. */
class HostileCaptureTest {
  private static BpmnImport drawio(String text) {
    return Capture.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "evil.drawio",
        Capture.Format.DRAWIO,
        "Evil");
  }

  private static Problem only(BpmnImport r) {
    assertThat(r.hasErrors()).isTrue();
    return r.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
  }

  @Test
  void anExternalEntityIsRefusedBeforeItIsResolved() {
    BpmnImport r =
        drawio(
            "<?xml version=\"1.0\"?><!DOCTYPE mxfile [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<mxfile><diagram name=\"&x;\"/></mxfile>");
    assertThat(only(r).location().file()).isEqualTo("evil.drawio");
    assertThat(r.processes()).isEmpty();
    assertThat(r.problems().toString()).doesNotContain("root:");
  }

  @Test
  void billionLaughsAreRefused() {
    StringBuilder s =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY a \"lol\">");
    for (int i = 1; i < 10; i++) {
      s.append("<!ENTITY ").append((char) ('a' + i)).append(" \"");
      s.append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
    }
    s.append("]><mxGraphModel><root><mxCell id=\"0\" value=\"&j;\"/></root></mxGraphModel>");
    assertThat(only(drawio(s.toString())).code()).isNotBlank();
  }

  @Test
  void aDeflateBombInACompressedPageStopsAtTheLimit() {
    byte[] zeros = new byte[64 * 1024 * 1024];
    Deflater d = new Deflater(9, true);
    d.setInput(zeros);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    String page = Base64.getEncoder().encodeToString(out.toByteArray());
    Problem p = only(drawio("<mxfile>\n<diagram name=\"Bomb\">" + page + "</diagram></mxfile>"));
    assertThat(p.code()).isEqualTo("drawio-too-large");
    assertThat(p.location().line()).isEqualTo(2);
    assertThat(p.message()).contains("'Bomb'");
  }

  @Test
  void aBrokenCompressedPageIsNamed() {
    Problem p =
        only(drawio("<mxfile><diagram name=\"Sida 1\">not base64 at all!</diagram></mxfile>"));
    assertThat(p.code()).isEqualTo("drawio-compressed");
    assertThat(p.message()).contains("'Sida 1'");
  }

  @Test
  void anotherXmlFileIsNotTakenForADrawing() {
    Problem p = only(drawio("<definitions xmlns=\"http://example.org\"/>"));
    assertThat(p.code()).isEqualTo("not-drawio");
    assertThat(p.hint()).contains("diagrams.net");
  }

  @Test
  void aDrawingWithoutAnyFlowSaysSo() {
    Problem p =
        only(
            drawio(
                "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
                    + "<mxCell id=\"t\" value=\"just a note\" style=\"text;\" vertex=\"1\" parent=\"1\"/>"
                    + "</root></mxGraphModel>"));
    assertThat(p.code()).isEqualTo("drawio-no-flow");
  }

  @Test
  void aShapeWithoutTextIsNamedByWhereItIsDrawn() {
    BpmnImport r =
        drawio(
            "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
                + "<mxCell id=\"a\" value=\"A\" vertex=\"1\" parent=\"1\">"
                + "<mxGeometry x=\"10\" y=\"20\" width=\"80\" height=\"40\" as=\"geometry\"/></mxCell>"
                + "<mxCell id=\"b\" value=\"\" vertex=\"1\" parent=\"1\">"
                + "<mxGeometry x=\"200\" y=\"20\" width=\"80\" height=\"40\" as=\"geometry\"/></mxCell>"
                + "<mxCell id=\"e1\" edge=\"1\" parent=\"1\" source=\"a\" target=\"b\"/>"
                + "</root></mxGraphModel>");
    assertThat(r.problems()).anyMatch(p -> p.code().equals("shape-without-text"));
    assertThat(r.processes().get(0).steps())
        .extracting(s -> s.title())
        .contains("A", "Untitled step at x 200, y 20");
  }

  @Test
  void aCycleWithNoStartIsStillImported() {
    BpmnImport r =
        drawio(
            "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
                + "<mxCell id=\"a\" value=\"A\" vertex=\"1\" parent=\"1\"/>"
                + "<mxCell id=\"b\" value=\"B\" vertex=\"1\" parent=\"1\"/>"
                + "<mxCell id=\"e1\" edge=\"1\" parent=\"1\" source=\"a\" target=\"b\"/>"
                + "<mxCell id=\"e2\" edge=\"1\" parent=\"1\" source=\"b\" target=\"a\"/>"
                + "</root></mxGraphModel>");
    assertThat(r.processes()).hasSize(1);
    assertThat(r.processes().get(0).steps()).extracting(s -> s.title()).contains("A", "B");
  }

  @Test
  void tenThousandShapesAreReadWithinBoundsAndInOrder() {
    StringBuilder s =
        new StringBuilder("<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>");
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      s.append("<mxCell id=\"v")
          .append(i)
          .append("\" value=\"Steg ")
          .append(i)
          .append("\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"")
          .append(i * 10)
          .append("\" width=\"80\" height=\"40\" as=\"geometry\"/></mxCell>");
      if (i > 0) {
        s.append("<mxCell id=\"e")
            .append(i)
            .append("\" edge=\"1\" parent=\"1\" source=\"v")
            .append(i - 1)
            .append("\" target=\"v")
            .append(i)
            .append("\"/>");
      }
    }
    s.append("</root></mxGraphModel>");
    BpmnImport r = drawio(s.toString());
    assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
    assertThat(r.processes().get(0).steps().stream().filter(x -> x.isWork())).hasSize(n);
  }

  @Test
  void aZipBombPretendingToBeAWorkbookIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(new byte[200 * 1024 * 1024]);
      zip.closeEntry();
    }
    BpmnImport r =
        Capture.read(
            new ByteArrayInputStream(bytes.toByteArray()), "steg.xlsx", Capture.Format.XLSX, "S");
    Problem p = only(r);
    assertThat(p.code()).isEqualTo("table-not-xlsx");
    assertThat(p.message()).doesNotContain("Exception");
  }

  @Test
  void aZipSlipEntryNameInAWorkbookIsHarmless() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("../../../../tmp/flowbook-zip-slip.txt"));
      zip.write("owned".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    BpmnImport r =
        Capture.read(
            new ByteArrayInputStream(bytes.toByteArray()), "steg.xlsx", Capture.Format.XLSX, "S");
    assertThat(only(r).code()).isEqualTo("table-not-xlsx");
    assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/flowbook-zip-slip.txt")))
        .isFalse();
  }

  @Test
  void aCsvWithAnUnclosedQuoteIsLocated() {
    BpmnImport r =
        Capture.read(
            new ByteArrayInputStream(
                "Steg;Titel\n1;\"Ta emot\n2;Svara\n".getBytes(StandardCharsets.UTF_8)),
            "steg.csv",
            Capture.Format.CSV,
            "S");
    Problem p = only(r);
    assertThat(p.code()).isEqualTo("table-syntax");
    assertThat(p.location().line()).isEqualTo(2);
  }
}
