package org.flowbook.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.Decision;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * A Visio drawing made with Visio (training-diagrams/HR Recruiting FlowchartB_start.vsdx of
 * jgraph/drawio-diagrams, Apache-2.0): its page has 11 flowchart shapes (1 Start/End, 8 Process, 1
 * Decision, 1 Document), 11 connectors glued at both ends and a title box, counted with {@code
 * unzip -p … visio/pages/page1.xml} and the masters list.
 */
class VsdxImportTest {
  static final Path FILE = Path.of("src/test/resources/visio/hr-recruiting.vsdx");

  @Test
  void theRecruitingFlowchartBecomesAProcess() throws IOException {
    BpmnImport r = Capture.read(FILE, Capture.Format.VSDX);
    assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
    Process p = r.processes().get(0);
    assertThat(p.steps().stream().filter(s -> s instanceof Decision)).hasSize(1);
    // 7 processes and the document are steps; the decision joined "Make job offer"
    assertThat(
            p.steps().stream()
                .filter(s -> s instanceof org.flowbook.model.Activity || s instanceof Decision))
        .hasSize(8);
    assertThat(p.flows().stream().map(f -> f.label()).filter(l -> !l.isEmpty()))
        .containsExactlyInAnyOrder("Yes", "No");
    assertThat(r.problems()).anyMatch(x -> x.code().equals("shape-not-connected"));
    Golden.assertMatches(
        Path.of("src/test/resources/golden/hr-recruiting.flow"), ProcessFormatter.format(p));
  }

  @Test
  void aZipThatIsNoDrawingIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("../evil/visio/pages/pages.xml.txt"));
      zip.write("x".getBytes(StandardCharsets.UTF_8));
    }
    BpmnImport r =
        Capture.read(
            new ByteArrayInputStream(bytes.toByteArray()), "x.vsdx", Capture.Format.VSDX, "X");
    Problem p = r.problems().get(0);
    assertThat(p.code()).isEqualTo("not-vsdx");
  }

  @Test
  void aBombInAPageStopsAtTheLimit() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("visio/pages/pages.xml"));
      zip.write(new byte[100 * 1024 * 1024]);
    }
    BpmnImport r =
        Capture.read(
            new ByteArrayInputStream(bytes.toByteArray()), "x.vsdx", Capture.Format.VSDX, "X");
    assertThat(r.problems().get(0).code()).isEqualTo("vsdx-too-large");
  }

  /** The real drawing with one part replaced (or, with a null text, an extra entry added). */
  private static byte[] rewritten(String part, String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(FILE));
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(
            e.getName().equals(part) && text != null
                ? text.getBytes(StandardCharsets.UTF_8)
                : in.readAllBytes());
      }
      if (text == null) {
        zip.putNextEntry(new ZipEntry(part));
        zip.write("pwned".getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toByteArray();
  }

  private static BpmnImport read(byte[] vsdx) {
    return Capture.read(new ByteArrayInputStream(vsdx), "x.vsdx", Capture.Format.VSDX, "X");
  }

  @Test
  void aZipSlipEntryBesideTheRealPagesIsHarmless() throws IOException {
    BpmnImport r = read(rewritten("../../../tmp/flowbook-zip-slip.txt", null));
    assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
    assertThat(
            r.processes().get(0).steps().stream()
                .filter(s -> s instanceof org.flowbook.model.Activity || s instanceof Decision))
        .hasSize(8);
    assertThat(java.nio.file.Path.of("/tmp/flowbook-zip-slip.txt")).doesNotExist();
  }

  @Test
  void entitiesInAPageAreRefusedBeforeTheyAreResolved() throws IOException {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">"
            + "<!ENTITY a \"&x;&x;&x;&x;\">]><PageContents>&a;</PageContents>";
    BpmnImport r = read(rewritten("visio/pages/page1.xml", xxe));
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.problems().toString()).doesNotContain("root:").containsIgnoringCase("doctype");
  }
}
