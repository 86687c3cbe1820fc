package org.flowbook.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.Problem;

/**
 * Jazzer fuzz targets for the capture readers: whatever the bytes, draw.io, CSV and Excel reading
 * return problems with a message instead of throwing. Under {@code mvn verify} the saved inputs in
 * {@code src/test/resources/org/flowbook/capture/CaptureFuzzTestInputs/} are replayed; to fuzz for
 * real run {@code JAZZER_FUZZ=1 mvn -pl flowbook-capture -am test -Dtest=CaptureFuzzTest} and
 * commit what it finds there as regression cases.
 */
class CaptureFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void drawioNeverThrows(byte[] input) {
    check(Capture.read(new ByteArrayInputStream(input), "fuzz.drawio", Capture.Format.DRAWIO, "F"));
  }

  @FuzzTest(maxDuration = "60s")
  void csvNeverThrows(byte[] input) {
    check(Capture.read(new ByteArrayInputStream(input), "fuzz.csv", Capture.Format.CSV, "F"));
  }

  @FuzzTest(maxDuration = "30s")
  void xlsxNeverThrows(byte[] input) {
    check(Capture.read(new ByteArrayInputStream(input), "fuzz.xlsx", Capture.Format.XLSX, "F"));
  }

  private static void check(BpmnImport r) {
    assertThat(r.problems()).allMatch(p -> !p.message().isBlank());
    assertThat(r.problems())
        .filteredOn(Problem::isError)
        .allMatch(p -> !p.location().file().isEmpty());
  }
}
