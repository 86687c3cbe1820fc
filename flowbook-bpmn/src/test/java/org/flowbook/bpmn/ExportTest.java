package org.flowbook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.bpmn.xsd.BpmnSchema;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.model.Process;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exports are valid against the OMG BPMN 2.0 schema, draw everything, and read back to the same
 * model — with the file's own drawing and with Flowbook's layout alike.
 */
class ExportTest {
  private static BpmnSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = BpmnSchema.load(SharedData.require("bpmn/miwg/xsd"));
  }

  static Stream<Path> models() {
    return Stream.concat(
        Corpus.files("bpmn/miwg/reference").stream(),
        Corpus.files("bpmn/bpmn-auto-layout/fixtures").stream());
  }

  @ParameterizedTest
  @MethodSource("models")
  void exportWithFlowbooksLayoutIsValidCompleteAndFaithful(Path file) throws Exception {
    BpmnImport original = Corpus.read(file);
    check(original, Diagrams::layout, file);
  }

  @ParameterizedTest
  @MethodSource("models")
  void exportWithTheFilesOwnDrawingIsValidCompleteAndFaithful(Path file) throws Exception {
    BpmnImport original = Corpus.read(file);
    check(original, p -> original.layout(p.id()).orElseGet(() -> Diagrams.layout(p)), file);
  }

  private static void check(
      BpmnImport original, Function<Process, DiagramLayout> layouts, Path file) throws Exception {
    String xml = new BpmnExporter(layouts).write(original.processes(), original.collaboration());
    assertThat(schema.validate(xml)).as("schema violations").isEmpty();
    assertThat(DiCoverage.missing(xml)).as("drawing").isEmpty();
    BpmnImport again = Corpus.read(xml, "export-of-" + file.getFileName());
    assertThat(Corpus.errors(again)).isEmpty();
    assertThat(Equivalence.of(again)).isEqualTo(Equivalence.of(original));
    assertThat(again.collaboration().messages()).hasSameSizeAs(original.collaboration().messages());
    assertThat(again.organization().documents()).hasSameSizeAs(original.organization().documents());
  }

  @ParameterizedTest
  @MethodSource("models")
  void sameModelGivesTheSameBytes(Path file) {
    BpmnImport r = Corpus.read(file);
    BpmnExporter exporter = new BpmnExporter(Diagrams::layout);
    List<Process> ps = r.processes();
    assertThat(exporter.write(ps, r.collaboration()))
        .isEqualTo(exporter.write(ps, r.collaboration()));
  }
}
