package org.flowbook.mining.log.xes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.LogImportException;

/**
 * Jazzer fuzz target for the XES byte scanner, with the JDK's StAX reader as the oracle. Under
 * {@code mvn verify} it replays the saved inputs in {@code
 * src/test/resources/org/flowbook/mining/log/xes/XesScannerFuzzTestInputs/}; to fuzz for real run
 * {@code JAZZER_FUZZ=1 mvn -pl flowbook-mining -am test -Dtest=XesScannerFuzzTest} and commit any
 * input it finds there as a regression case.
 */
class XesScannerFuzzTest {
  private static final ImportOptions OPTIONS = ImportOptions.DEFAULT;

  @FuzzTest(maxDuration = "60s")
  void scannerReadsWhatStaxReads(byte[] input) throws Exception {
    XesPart reference;
    try {
      reference = new XesParser("fuzz.xes", OPTIONS).parse(new ByteArrayInputStream(input));
    } catch (XMLStreamException | LogImportException | RuntimeException e) {
      reference = null;
    }
    XesPart scanned;
    try {
      scanned = new XesScanner("fuzz.xes", OPTIONS).parse(new ByteArrayInputStream(input));
    } catch (XesScanner.OtherEncoding e) {
      return;
    } catch (LogImportException e) {
      // A refusal is always a located problem, and only of what StAX refuses too.
      assertThat(e.problems()).isNotEmpty();
      assertThat(reference).as("StAX reads it: %s", e.problem().message()).isNull();
      return;
    }
    if (reference == null) {
      // The scanner's documented leniencies (unchecked UTF-8 in text and comments, "]]>" in
      // text, the XML declaration's content) let it read some documents StAX refuses.
      return;
    }
    EventLog a = scanned.log().build();
    EventLog b = reference.log().build();
    assertThat(a.events()).isEqualTo(b.events());
    assertThat(a.activityNames()).isEqualTo(b.activityNames());
    assertThat(a.resourceNames()).isEqualTo(b.resourceNames());
    for (int e = 0; e < a.events(); e++) {
      assertThat(List.of(a.activity(e), a.time(e), a.resource(e), a.lifecycle(e)))
          .isEqualTo(List.of(b.activity(e), b.time(e), b.resource(e), b.lifecycle(e)));
    }
    assertThat(scanned.problems().skipped()).isEqualTo(reference.problems().skipped());
  }
}
