package org.flowbook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.flowbook.bpmn.map.BpmnImporter;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.diagram.Diagrams;
import org.flowbook.model.Problem;

/**
 * Jazzer fuzz target for the BPMN importer: whatever the bytes, it returns problems instead of
 * throwing, and whatever it imports without errors exports to BPMN that imports again without
 * errors. Under {@code mvn verify} the saved inputs in {@code
 * src/test/resources/org/flowbook/bpmn/ImporterFuzzTestInputs/} are replayed; to fuzz for real run
 * {@code JAZZER_FUZZ=1 mvn -pl flowbook-bpmn -am test -Dtest=ImporterFuzzTest} and commit any input
 * it finds there as a regression case.
 */
class ImporterFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void importNeverThrowsAndWhatItReadsExports(byte[] input) {
    BpmnImport read = new BpmnImporter().read(new ByteArrayInputStream(input), "fuzz.bpmn");
    assertThat(read.problems()).allMatch(p -> !p.message().isBlank());
    if (read.hasErrors() || read.processes().isEmpty()) {
      return;
    }
    String exported =
        new BpmnExporter(Diagrams::layout).write(read.processes(), read.collaboration());
    BpmnImport again =
        new BpmnImporter()
            .read(
                new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), "again.bpmn");
    assertThat(again.problems().stream().filter(Problem::isError).toList()).isEmpty();
    assertThat(again.processes()).hasSameSizeAs(read.processes());
  }
}
