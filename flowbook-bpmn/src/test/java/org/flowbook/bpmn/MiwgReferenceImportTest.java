package org.flowbook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.ModelValidator;
import org.flowbook.model.Parallel;
import org.flowbook.model.Role;
import org.flowbook.model.Start;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every MIWG reference file imports without error, and what the model holds adds up to what the XML
 * holds, counted independently with a DOM parser.
 */
class MiwgReferenceImportTest {

  static Stream<Path> references() {
    return Corpus.files("bpmn/miwg/reference").stream();
  }

  @ParameterizedTest
  @MethodSource("references")
  void importsWithoutErrors(Path file) {
    BpmnImport r = Corpus.read(file);
    assertThat(Corpus.errors(r)).isEmpty();
    assertThat(r.processes()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("references")
  void elementCountsMatchTheFile(Path file) throws Exception {
    XmlCounts xml = XmlCounts.of(file);
    BpmnImport r = Corpus.read(file);
    ModelCounts model = new ModelCounts(r);
    long dissolved = model.problems("merge-gateway") + model.problems("inclusive-join");

    assertThat(model.steps(Activity.class::isInstance))
        .as("tasks and collapsed sub-processes")
        .isEqualTo(xml.tasks() + xml.collapsedSubProcesses());
    assertThat(model.steps(Call.class::isInstance))
        .as("call activities and expanded sub-processes")
        .isEqualTo(xml.count("callActivity") + xml.expandedSubProcesses());
    assertThat(model.steps(Start.class::isInstance)).isEqualTo(xml.count("startEvent"));
    assertThat(model.steps(End.class::isInstance)).isEqualTo(xml.count("endEvent"));
    assertThat(model.steps(Event.class::isInstance))
        .isEqualTo(xml.count("intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent"));
    assertThat(model.steps(s -> s instanceof Event e && e.isBoundary()))
        .isEqualTo(xml.count("boundaryEvent"));
    assertThat(model.steps(Parallel.class::isInstance)).isEqualTo(xml.count("parallelGateway"));
    assertThat(model.steps(Decision.class::isInstance) + dissolved)
        .as("decisions plus dissolved merge gateways")
        .isEqualTo(xml.decisionGateways());
    assertThat(model.flows() - model.addedFlows() + dissolved)
        .as("sequence flows")
        .isEqualTo(xml.count("sequenceFlow"));
    assertThat(r.processes())
        .as("one process per pool with steps and per sub-process")
        .hasSize(xml.processesWithSteps() + xml.expandedSubProcesses() + xml.eventSubProcesses());
    assertThat(r.organization().roles().stream().map(Role::name))
        .as("a role per named lane")
        .containsAll(xml.laneNames());
    assertThat(r.collaboration().messages().size() + model.problems("message-flow-dropped"))
        .as("message flows")
        .isEqualTo(xml.count("messageFlow"));
    assertThat(model.notes() + model.problems("annotation-dropped"))
        .as("text annotations become notes or are reported")
        .isEqualTo(xml.annotations());
  }

  @ParameterizedTest
  @MethodSource("references")
  void importedProcessesPassTheModelValidator(Path file) {
    BpmnImport r = Corpus.read(file);
    assertThat(ModelValidator.validate(r.workspace()))
        .filteredOn(p -> p.isError())
        .filteredOn(p -> !p.code().equals("unknown-process"))
        .isEmpty();
  }
}
