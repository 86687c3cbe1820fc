package org.flowbook.mining.log.xes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import javax.xml.stream.XMLStreamException;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.model.Problem;
import org.flowbook.testkit.RandomXes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte scanner reads exactly what the JDK's StAX reader reads: on random well-formed documents
 * (fed in random small pieces, so every tag at some point straddles the end of the buffer) the two
 * give the same events, names, cases and skipped-event problems; on random damage to such documents
 * they accept and refuse the same ones, and the scanner only ever fails with a located problem.
 */
class XesScannerTest {
  private static final ImportOptions OPTIONS = ImportOptions.DEFAULT;

  @TempDir Path dir;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 120);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scannerReadsWhatStaxReads(long seed) throws Exception {
    int traces = seed % 10 == 0 ? 400 : 1 + (int) (seed % 23);
    byte[] doc = RandomXes.document(seed, traces).getBytes(StandardCharsets.UTF_8);
    XesPart expected = stax(doc);
    XesPart actual = scan(new Trickle(doc, new Random(seed)));
    assertSameLog(actual, expected);
    assertThat(problems(actual, !RandomXes.hasBreaksInTags(seed)))
        .isEqualTo(problems(expected, !RandomXes.hasBreaksInTags(seed)));
    // Whole buffers at once read the same as the trickle.
    assertSameLog(scan(new ByteArrayInputStream(doc)), expected);
  }

  static LongStream damageSeeds() {
    return LongStream.rangeClosed(1, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("damageSeeds")
  void damagedDocumentsAreRefusedAsStaxRefusesThem(long seed) throws Exception {
    Random random = new Random(seed);
    String doc = damage(RandomXes.document(seed, 1 + random.nextInt(4)), random);
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    XesPart expected = null;
    try {
      expected = stax(bytes);
    } catch (XMLStreamException | LogImportException refused) {
      // StAX refuses it: so must the scanner.
    }
    // A hang guard only: the scan either gives the log or a located problem.
    Object outcome =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> {
              try {
                return scan(new Trickle(bytes, new Random(seed)));
              } catch (LogImportException e) {
                return e;
              }
            });
    XesPart actual = outcome instanceof XesPart p ? p : null;
    if (outcome instanceof LogImportException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.problem().location().line()).isPositive();
    }
    if (expected == null) {
      assertThat(actual).as("the scanner accepts what StAX refuses:\n%s", doc).isNull();
    } else {
      assertThat(actual).as("the scanner refuses what StAX accepts:\n%s", doc).isNotNull();
      assertSameLog(actual, expected);
    }
  }

  /** One to three random edits: delete, insert markup characters, duplicate, or cut off. */
  private static String damage(String doc, Random random) {
    StringBuilder s = new StringBuilder(doc);
    int start = doc.indexOf("<log");
    String inserts = "<>&\"'/=;#! -?[]\nx";
    for (int n = 1 + random.nextInt(3); n > 0 && s.length() > start + 2; n--) {
      int at = start + random.nextInt(s.length() - start);
      switch (random.nextInt(4)) {
        case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(6)));
        case 1 -> s.insert(at, inserts.charAt(random.nextInt(inserts.length())));
        case 2 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(12))));
        default -> s.setLength(at);
      }
    }
    return s.toString();
  }

  @Test
  void otherEncodingsAreReadByStax() throws Exception {
    String doc = RandomXes.document(7, 12);
    Path utf8 = dir.resolve("utf8.xes");
    Files.writeString(utf8, doc);
    String latin = doc.replace("\uFEFF", "").replaceFirst("<\\?xml[^>]*>", "");
    Path iso = dir.resolve("latin1.xes");
    Files.write(
        iso,
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + latin.replace("→", "-&gt;"))
            .getBytes(StandardCharsets.ISO_8859_1));
    Path utf16 = dir.resolve("utf16.xes");
    Files.write(
        utf16,
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + latin).getBytes(StandardCharsets.UTF_16));
    EventLog a = EventLogs.read(utf8, OPTIONS).log();
    EventLog b = EventLogs.read(utf16, OPTIONS).log();
    EventLog c = EventLogs.read(iso, OPTIONS).log();
    assertThat(b.events()).isEqualTo(a.events()).isPositive();
    assertThat(b.activityNames()).isEqualTo(a.activityNames());
    assertThat(c.activityNames())
        .containsAll(a.activityNames().stream().filter(n -> !n.contains("→")).toList());
  }

  @Test
  void refusesWhatXmlForbidsWithItsPlace() {
    assertRefused("<log>\n<trace></event></log>", "xml-syntax", 2, 8, "does not match");
    assertRefused("<log>\n  &xxe;\n</log>", "xml-entity", 2, 3, "&xxe;");
    assertRefused(
        "<log><trace>\n<string key=\"a\" key=\"b\"/></trace></log>",
        "xml-syntax",
        2,
        0,
        "given twice");
    assertRefused("<log>\n<string key=\"a<b\" value=\"1\"/></log>", "xml-syntax", 2, 0, "'<'");
    assertRefused("<log>\n<string key=\"a\"value=\"1\"/></log>", "xml-syntax", 2, 0, "white space");
    assertRefused("<log>\n<string key=a/></log>", "xml-syntax", 2, 0, "quotes");
    assertRefused("<log>\n<x a=\"\u0001\"/></log>", "xml-syntax", 2, 0, "control character");
    assertRefused("<log/>\n<log/>", "xml-syntax", 2, 1, "second root");
    assertRefused("  <?xml version=\"1.0\"?><log/>", "xml-syntax", 1, 0, "XML declaration");
    assertRefused("<log><!-- a -- b --></log>", "xml-syntax", 1, 0, "'--'");
    assertRefused("<log>\n<trace>\n", "xml-syntax", 3, 0, "ends inside <trace>");
    assertRefused("hello", "xml-syntax", 1, 1, "before the root");
    assertRefused("<!DOCTYPE log><log/>", "xml-doctype", 1, 1, "document type");
  }

  @Test
  void invalidUtf8InAValueIsLocated() {
    byte[] head = "<log>\n<trace><string key=\"concept:name\" value=\"".getBytes();
    byte[] tail = "\"/></trace></log>".getBytes();
    byte[] doc = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, doc, 0, head.length);
    doc[head.length] = (byte) 0xC3;
    doc[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, doc, head.length + 2, tail.length);
    assertThatThrownBy(() -> scan(new ByteArrayInputStream(doc)))
        .isInstanceOfSatisfying(
            LogImportException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo("xml-syntax");
              assertThat(e.problem().message()).contains("UTF-8");
              assertThat(e.problem().location().line()).isEqualTo(2);
            });
  }

  @Test
  void valuesAreNormalizedAsXmlSays() throws Exception {
    String doc =
        "<log><trace><string key=\"concept:name\" value=\"c\"/><event>"
            + "<string key=\"concept:name\" value=\"two\twords\r\nand&#10;more &#x1F600;\"/>"
            + "<date key='time:timestamp' value='2020-01-01T00:00:00Z'/></event></trace></log>";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    XesPart part = scan(new ByteArrayInputStream(bytes));
    assertSameLog(part, stax(bytes));
    Path f = dir.resolve("n.xes");
    Files.write(f, bytes);
    assertThat(EventLogs.read(f, OPTIONS).log().activityNames())
        .containsExactly("two words and\nmore \uD83D\uDE00");
  }

  private void assertRefused(String doc, String code, int line, int column, String says) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> scan(new Trickle(bytes, new Random(1))))
        .as(doc)
        .isInstanceOfSatisfying(
            LogImportException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo(code);
              assertThat(e.problem().message()).contains(says);
              assertThat(e.problem().location().line()).isEqualTo(line);
              if (column > 0) {
                assertThat(e.problem().location().column()).isEqualTo(column);
              }
            });
  }

  private static XesPart scan(InputStream in) throws Exception {
    return new XesScanner("t.xes", OPTIONS).parse(in);
  }

  private static XesPart stax(byte[] doc) throws XMLStreamException, LogImportException {
    return new XesParser("t.xes", OPTIONS).parse(new ByteArrayInputStream(doc));
  }

  private static void assertSameLog(XesPart actual, XesPart expected) {
    assertThat(actual.traces()).isEqualTo(expected.traces());
    assertThat(actual.unnamed()).isEqualTo(expected.unnamed());
    assertThat(actual.problems().skipped()).isEqualTo(expected.problems().skipped());
    EventLog a = actual.log().build();
    EventLog b = expected.log().build();
    assertThat(a.events()).isEqualTo(b.events());
    assertThat(a.cases()).isEqualTo(b.cases());
    assertThat(a.activityNames()).isEqualTo(b.activityNames());
    assertThat(a.resourceNames()).isEqualTo(b.resourceNames());
    assertThat(a.lifecycleNames()).isEqualTo(b.lifecycleNames());
    for (int e = 0; e < a.events(); e++) {
      assertThat(List.of(a.activity(e), a.time(e), a.resource(e), a.lifecycle(e)))
          .as("event %d", e)
          .isEqualTo(List.of(b.activity(e), b.time(e), b.resource(e), b.lifecycle(e)));
    }
    for (int c = 0; c < a.cases(); c++) {
      assertThat(a.caseId(c)).isEqualTo(b.caseId(c));
      assertThat(a.start(c)).isEqualTo(b.start(c));
      assertThat(a.end(c)).isEqualTo(b.end(c));
    }
  }

  /** Codes and messages of the skipped events, and their lines where both readers agree on them. */
  private static List<String> problems(XesPart part, boolean withLines) {
    List<String> out = new ArrayList<>();
    for (Problem p : part.problems().problems()) {
      out.add(p.code() + " " + p.message() + (withLines ? " @" + p.location().line() : ""));
    }
    return out;
  }

  /** Hands out the bytes in pieces of 1 to 7 bytes. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final Random random;
    private int at;

    Trickle(byte[] bytes, Random random) {
      this.bytes = bytes;
      this.random = random;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (at >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(7)), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }
}
