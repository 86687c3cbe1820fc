package org.flowbook.mining.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken files give one clear, located error: no crash, no hang, no runaway memory. */
class HostileInputTest {
  private static final Duration QUICKLY = Duration.ofSeconds(90);
  @TempDir Path dir;

  @Test
  void externalEntityDoesNotReadLocalFile() throws Exception {
    Path secret = Logs.write(dir, "secret.txt", "TOP-SECRET-42");
    Path xes =
        Logs.write(
            dir,
            "xxe.xes",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n<log><trace><string key=\"concept:name\" value=\"1\"/><event>"
                + "<string key=\"concept:name\" value=\"&xxe;\"/>"
                + "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event></trace></log>");
    LogImportException e = Logs.failure(xes, ImportOptions.DEFAULT);
    assertThat(e.problem().code()).isEqualTo("xml-doctype");
    assertThat(e.problem().location().line()).isEqualTo(2);
    assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
  }

  @Test
  void billionLaughsIsRefusedQuickly() throws Exception {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE log [\n");
    s.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      s.append(" <!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        s.append("&lol").append(i - 1).append(';');
      }
      s.append("\">\n");
    }
    s.append("]>\n<log><trace><string key=\"concept:name\" value=\"&lol9;\"/></trace></log>\n");
    Path xes = Logs.write(dir, "laughs.xes", s.toString());
    LogImportException e =
        assertTimeoutPreemptively(QUICKLY, () -> Logs.failure(xes, ImportOptions.DEFAULT));
    assertThat(e.problem().code()).isEqualTo("xml-doctype");
  }

  @Test
  void decompressionBombStopsEarly() throws Exception {
    // 64 MiB of well-formed, repetitive XES compress to about 70 KiB; the default ratio limit
    // stops reading after 16 MiB.
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      gz.write("<?xml version=\"1.0\"?><log>".getBytes());
      byte[] trace = "<trace><string key=\"concept:name\" value=\"x\"/></trace>\n".getBytes();
      byte[] block = new byte[trace.length * 20_000];
      for (int i = 0; i < 20_000; i++) {
        System.arraycopy(trace, 0, block, i * trace.length, trace.length);
      }
      for (long written = 0; written < 64L << 20; written += block.length) {
        gz.write(block);
      }
    }
    assertThat(packed.size()).isLessThan(1 << 20);
    Path bomb = dir.resolve("bomb.xes.gz");
    Files.write(bomb, packed.toByteArray());
    LogImportException e =
        assertTimeoutPreemptively(QUICKLY, () -> Logs.failure(bomb, ImportOptions.DEFAULT));
    assertThat(e.problem().code()).isEqualTo("decompression-bomb");
    assertThat(e.problem().message()).contains("inflates more than 200 times");
  }

  @Test
  void sizeLimitIsEnforced() {
    Path log = SharedData.require("logs/03_repairExample.xes.gz");
    LogImportException e =
        Logs.failure(
            log, ImportOptions.DEFAULT.withLimits(ImportLimits.DEFAULT.withMaxBytes(1 << 20)));
    assertThat(e.problem().code()).isEqualTo("too-large");
    assertThat(e.problem().hint()).contains("--max-size");
  }

  @Test
  void truncatedGzipIsReportedAsSuch() throws Exception {
    byte[] whole = Files.readAllBytes(SharedData.require("logs/03_repairExample.xes.gz"));
    Path cut = dir.resolve("cut.xes.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    LogImportException e = Logs.failure(cut, ImportOptions.DEFAULT);
    assertThat(e.problem().code()).isEqualTo("truncated-gzip");
    assertThat(e.problem().message()).contains("ends too early");

    Path header = dir.resolve("header.xes.gz");
    Files.write(header, Arrays.copyOf(whole, 5));
    assertThat(Logs.failure(header, ImportOptions.DEFAULT).problem().code())
        .isEqualTo("truncated-gzip");
  }

  @Test
  void overlongAttributeIsRefusedBeforeItFillsMemory() throws Exception {
    String value = "x".repeat(3 << 20);
    Path xes =
        Logs.write(
            dir,
            "long.xes",
            "<log>\n<trace>\n<string key=\"concept:name\" value=\"" + value + "\"/></trace></log>");
    LogImportException e = Logs.failure(xes, ImportOptions.DEFAULT);
    assertThat(e.problem().code()).isEqualTo("value-too-long");
    assertThat(e.problem().location().line()).isEqualTo(3);
  }

  @Test
  void cutOffXmlIsASyntaxErrorWithItsLine() throws Exception {
    String whole = Logs.xes("c1;a@2020-01-01T00:00:00Z;b@2020-01-01T01:00:00Z");
    Path xes = Logs.write(dir, "cut.xes", whole.substring(0, whole.length() - 30));
    LogImportException e = Logs.failure(xes, ImportOptions.DEFAULT);
    assertThat(e.problem().code()).isEqualTo("xml-syntax");
    assertThat(e.problem().location().line()).isGreaterThan(1);
  }

  @Test
  void otherXmlIsNotXes() throws Exception {
    Path xml = Logs.write(dir, "model.xes", "<?xml version=\"1.0\"?>\n<definitions/>");
    assertThat(Logs.failure(xml, ImportOptions.DEFAULT).problem().code()).isEqualTo("not-xes");
  }

  @Test
  void binaryGarbageIsASyntaxError() throws Exception {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Path f = dir.resolve("noise.xes");
    Files.write(f, noise);
    assertThat(Logs.failure(f, ImportOptions.DEFAULT).problem().code())
        .isIn("xml-syntax", "value-too-long");
  }
}
