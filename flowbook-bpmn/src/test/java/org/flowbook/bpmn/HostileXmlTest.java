package org.flowbook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.flowbook.bpmn.map.BpmnImporter;
import org.flowbook.bpmn.xml.XmlLimits;
import org.flowbook.bpmn.xsd.BpmnSchema;
import org.flowbook.model.Problem;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs end in one clear, located error: no local file is read, no entity is
 * expanded, nothing hangs or exhausts memory. (The timeouts only guard against a hang; they are far
 * above the real times.)
 */
class HostileXmlTest {
  private static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Duration NO_HANG = Duration.ofSeconds(20);

  @TempDir Path tmp;

  private static BpmnImport read(String xml) {
    return Corpus.read(xml, "hostile.bpmn");
  }

  private static Problem onlyError(BpmnImport r) {
    assertThat(r.problems()).hasSize(1);
    assertThat(r.processes()).isEmpty();
    Problem p = r.problems().get(0);
    assertThat(p.isError()).isTrue();
    return p;
  }

  @Test
  void externalEntityDoesNotLeakALocalFile() throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<definitions xmlns=\""
            + MODEL
            + "\"><process id=\"p\"><task id=\"t\" name=\"&xxe;\"/></process></definitions>";
    BpmnImport r = read(xml);
    Problem p = onlyError(r);
    assertThat(p.code()).isEqualTo("xml-doctype");
    assertThat(p.location().line()).isEqualTo(2);
    assertThat(r.problems().toString()).doesNotContain("TOP-SECRET");
  }

  @Test
  void etcPasswdIsNotRead() {
    String xml =
        "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><definitions xmlns=\""
            + MODEL
            + "\"><process id=\"p\"><task id=\"t\" name=\"&xxe;\"/></process></definitions>";
    BpmnImport r = read(xml);
    assertThat(onlyError(r).code()).isEqualTo("xml-doctype");
    assertThat(r.problems().toString()).doesNotContain("root:");
  }

  @Test
  void externalDtdIsNotFetched() {
    String xml =
        "<!DOCTYPE definitions SYSTEM \"http://127.0.0.1:9/evil.dtd\"><definitions xmlns=\""
            + MODEL
            + "\"/>";
    assertThat(assertTimeoutPreemptively(NO_HANG, () -> onlyError(read(xml))).code())
        .isEqualTo("xml-doctype");
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml =
        dtd
            + "<definitions xmlns=\""
            + MODEL
            + "\"><documentation>&lol9;</documentation></definitions>";
    Problem p = assertTimeoutPreemptively(NO_HANG, () -> onlyError(read(xml)));
    assertThat(p.code()).isEqualTo("xml-doctype");
  }

  @Test
  void hugeFileStopsAtTheSizeLimit() {
    InputStream endless =
        new SequenceInputStream(
            new ByteArrayInputStream(
                ("<definitions xmlns=\"" + MODEL + "\"><!--").getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() {
                return 'x';
              }

              @Override
              public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
              }
            });
    BpmnImport r =
        assertTimeoutPreemptively(
            NO_HANG, () -> new BpmnImporter(XmlLimits.DEFAULT).read(endless, "huge.bpmn"));
    Problem p = onlyError(r);
    assertThat(p.code()).isEqualTo("xml-too-large");
    assertThat(p.message()).contains("64 MiB");
  }

  @Test
  void tooManyElementsStopEarly() {
    String xml =
        "<definitions xmlns=\""
            + MODEL
            + "\"><process id=\"p\">"
            + "<task/>".repeat(2_000)
            + "</process></definitions>";
    BpmnImport r =
        new BpmnImporter(new XmlLimits(1 << 20, 1_000, 256, 256, 1 << 20))
            .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "many.bpmn");
    assertThat(onlyError(r).message()).contains("more than 1000 elements");
  }

  @Test
  void deepNestingIsRefused() {
    String xml =
        "<definitions xmlns=\""
            + MODEL
            + "\">"
            + "<a>".repeat(5_000)
            + "</a>".repeat(5_000)
            + "</definitions>";
    Problem p = assertTimeoutPreemptively(NO_HANG, () -> onlyError(read(xml)));
    assertThat(p.code()).isEqualTo("xml-too-large");
    assertThat(p.message()).contains("nested deeper");
  }

  @Test
  void brokenXmlGivesItsPosition() {
    Problem p =
        onlyError(
            read("<definitions xmlns=\"" + MODEL + "\">\n  <process id=\"p\">\n</definitions>"));
    assertThat(p.code()).isEqualTo("xml-syntax");
    assertThat(p.location().line()).isEqualTo(3);
    assertThat(p.hint()).isNotBlank();
  }

  @Test
  void binaryGarbageIsNotXml() {
    byte[] junk = new byte[4096];
    new java.util.Random(42).nextBytes(junk);
    BpmnImport r = new BpmnImporter().read(new ByteArrayInputStream(junk), "junk.bpmn");
    assertThat(onlyError(r).code()).isEqualTo("xml-syntax");
  }

  @Test
  void otherXmlIsNotBpmn() {
    Problem p = onlyError(read("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    assertThat(p.code()).isEqualTo("not-bpmn");
  }

  @Test
  void schemaValidationIsHardenedToo() throws IOException {
    BpmnSchema schema = BpmnSchema.load(SharedData.require("bpmn/miwg/xsd"));
    String xml =
        "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><definitions xmlns=\""
            + MODEL
            + "\" targetNamespace=\"x\"><documentation>&xxe;</documentation></definitions>";
    assertThat(schema.validate(xml)).isNotEmpty().noneMatch(m -> m.contains("root:"));
  }
}
