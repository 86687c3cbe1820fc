package org.flowbook.simulation.prosimos;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for the Prosimos import: any BPMN bytes and any JSON bytes either give a model or a
 * {@link ProsimosFormatException}, never another exception. Under {@code mvn verify} it replays the
 * saved inputs; fuzz for real with {@code JAZZER_FUZZ=1}.
 */
class ProsimosImportFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void importNeverThrowsAnythingElse(byte[] input) {
    int cut = input.length / 2;
    byte[] a = java.util.Arrays.copyOfRange(input, 0, cut);
    byte[] b = java.util.Arrays.copyOfRange(input, cut, input.length);
    try {
      ProsimosImport.read("f.bpmn", ProsimosImportTest.BPMN, "f.json", input, 5);
    } catch (ProsimosFormatException expected) {
      // a located refusal is the right answer
    }
    try {
      ProsimosImport.read(
          "f.bpmn", a, "f.json", ProsimosImportTest.JSON.getBytes(StandardCharsets.UTF_8), 5);
    } catch (ProsimosFormatException expected) {
      // as above
    }
    try {
      ProsimosImport.read("f.bpmn", a, "f.json", b, 5);
    } catch (ProsimosFormatException expected) {
      // as above
    }
  }
}
