package org.flowbook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.flowbook.diagram.layout.FlowchartLayouter;
import org.flowbook.diagram.layout.LayoutCheck;
import org.flowbook.model.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flowbook's own swimlane layout keeps its promises (no overlaps, no flow through a step, nodes
 * inside their lanes) on real BPMN shapes: every process of bpmn.io's auto-layout fixtures and of
 * the MIWG reference files, as imported.
 */
class AutoLayoutOfImportedProcessesTest {
  static Stream<Path> files() {
    return Stream.concat(
        Corpus.files("bpmn/bpmn-auto-layout/fixtures").stream(),
        Corpus.files("bpmn/miwg/reference").stream());
  }

  @ParameterizedTest
  @MethodSource("files")
  void flowbookLayoutKeepsItsPromises(Path file) {
    BpmnImport r = Corpus.read(file);
    for (Process p : r.processes()) {
      assertThat(LayoutCheck.violations(p, FlowchartLayouter.layout(p)))
          .as("%s, process %s", file.getFileName(), p.id())
          .isEmpty();
    }
  }
}
