package org.flowbook.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A file's kind comes from its content; names are cleaned of folders and traversal. */
class FileKindTest {
  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String e : entries) {
        z.putNextEntry(new ZipEntry(e));
        z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theContentDecidesTheKind() throws IOException {
    assertThat(FileKind.sniff(utf8("%PDF-1.7\n..."), "a.txt")).hasValue(FileKind.PDF);
    assertThat(FileKind.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, "x"))
        .hasValue(FileKind.PNG);
    assertThat(FileKind.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, "x"))
        .hasValue(FileKind.JPEG);
    assertThat(FileKind.sniff(zip("[Content_Types].xml", "word/document.xml"), "x"))
        .hasValue(FileKind.DOCX);
    assertThat(FileKind.sniff(zip("[Content_Types].xml", "xl/workbook.xml"), "x"))
        .hasValue(FileKind.XLSX);
    assertThat(FileKind.sniff(zip("evil.exe"), "x.docx")).isEmpty();
    assertThat(FileKind.sniff(utf8("konto;belopp\n1930;100\n"), "nov.csv")).hasValue(FileKind.CSV);
    assertThat(FileKind.sniff(utf8("Avstämt, inga avvikelser."), "nov.txt"))
        .hasValue(FileKind.TEXT);
  }

  @Test
  void markupBinaryAndLiesAreRefused() {
    assertThat(FileKind.sniff(utf8("<!doctype html><script>alert(1)</script>"), "a.pdf")).isEmpty();
    assertThat(FileKind.sniff(utf8("\uFEFF  <svg onload=alert(1)>"), "a.txt")).isEmpty();
    assertThat(FileKind.sniff(utf8("<?xml version=\"1.0\"?><a/>"), "a.csv")).isEmpty();
    assertThat(FileKind.sniff(new byte[] {'M', 'Z', 0, 0}, "a.txt")).isEmpty();
    assertThat(FileKind.sniff(new byte[] {(byte) 0xc3, (byte) 0x28}, "a.txt")).isEmpty();
    // The content is a PDF; the name must say so.
    assertThat(FileKind.PDF.named("rapport.PDF")).isTrue();
    assertThat(FileKind.PDF.named("rapport.pdf.html")).isFalse();
    assertThat(FileKind.TEXT.named("passwd")).isFalse();
  }

  @Test
  void namesLoseTheirFoldersAndTraversal() {
    assertThat(FileNames.clean("../../etc/passwd", "f")).isEqualTo("passwd");
    assertThat(FileNames.clean("..\\..\\windows\\win.ini", "f")).isEqualTo("win.ini");
    assertThat(FileNames.clean("/abs/path.txt", "f")).isEqualTo("path.txt");
    assertThat(FileNames.clean("..", "f")).isEqualTo("f");
    assertThat(FileNames.clean(".hidden.txt", "f")).isEqualTo("hidden.txt");
    assertThat(FileNames.clean("a..b.txt", "f")).isEqualTo("a.b.txt");
    assertThat(FileNames.clean("Löpnummer nov<script>.pdf", "f"))
        .isEqualTo("Löpnummer nov_script_.pdf");
    assertThat(FileNames.clean("C:rapport\u0000.pdf", "f")).isEqualTo("C_rapport_.pdf");
    assertThat(FileNames.clean("x".repeat(300) + ".pdf", "f")).hasSize(120).endsWith("x.pdf");
    assertThat(FileNames.clean(null, "f")).isEqualTo("f");
  }
}
