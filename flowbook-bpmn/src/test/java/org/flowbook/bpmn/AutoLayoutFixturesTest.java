package org.flowbook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.flowbook.model.Problem;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bpmn.io's auto-layout fixtures import; the inputs that tool must reject give clear, located
 * errors here too, matched by code — except two the importer reads on purpose (see docs/bpmn.md).
 */
class AutoLayoutFixturesTest {

  /** The error each failure fixture must give, by file name. */
  private static final Map<String, String> EXPECTED_ERRORS =
      Map.ofEntries(
          Map.entry("collaboration-black-box-only.bpmn", "no-process"),
          Map.entry("cross-scope-sequence-flow.bpmn", "cross-scope-flow"),
          Map.entry("duplicate-link-catch.bpmn", "link-ambiguous"),
          Map.entry("invalid-boundary-host.bpmn", "boundary-host"),
          Map.entry("invalid-lane-membership.bpmn", "lane-membership"),
          Map.entry("invalid-message-flow-endpoint.bpmn", "unknown-reference"),
          Map.entry("invalid-participant-process-reference.bpmn", "unknown-reference"),
          Map.entry("invalid-sequence-flow-endpoint.bpmn", "unknown-reference"),
          Map.entry("unknown-visual-type.bpmn", "unknown-element"),
          Map.entry("unmatched-link-event.bpmn", "link-unmatched"));

  /**
   * Failure fixtures that are fine for an importer, with the warning they give instead: the
   * layouter refuses a complex gateway and a large Camunda 8 model for its own reasons.
   */
  private static final Map<String, String> EXPECTED_WARNINGS =
      Map.of(
          "unsupported-visual-element.bpmn", "complex-gateway",
          "camunda-8-tutorials-rpa-orchestration-uipath.bpmn", "annotation-dropped");

  static Stream<Path> fixtures() {
    return Corpus.files("bpmn/bpmn-auto-layout/fixtures").stream();
  }

  static Stream<Arguments> failures() {
    return Corpus.files("bpmn/bpmn-auto-layout/fixtures/failures").stream()
        .map(p -> Arguments.of(p.getFileName().toString(), p));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixturesImportWithoutErrors(Path file) {
    assertThat(Corpus.errors(Corpus.read(file))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failuresGiveClearErrors(String name, Path file) {
    BpmnImport r = Corpus.read(file);
    if (EXPECTED_WARNINGS.containsKey(name)) {
      assertThat(Corpus.errors(r)).isEmpty();
      assertThat(r.problems()).extracting(Problem::code).contains(EXPECTED_WARNINGS.get(name));
      return;
    }
    assertThat(EXPECTED_ERRORS).as("every failure fixture has an expected code").containsKey(name);
    Problem error = r.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    assertThat(error.code()).isEqualTo(EXPECTED_ERRORS.get(name));
    assertThat(error.location().file()).isEqualTo(name);
    assertThat(error.location().line()).as("the error points at the element").isPositive();
    assertThat(error.message())
        .as("the message names the element by id")
        .containsPattern("\\(\\S+\\)");
    assertThat(error.hint()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void snapshotsOfTheSameModelImportToTheSameSteps(Path fixture) {
    Path snapshot =
        SharedData.require("bpmn/bpmn-auto-layout/snapshots").resolve(fixture.getFileName());
    if (!snapshot.toFile().exists()) {
      return;
    }
    assertThat(Equivalence.of(Corpus.read(snapshot)))
        .as("the auto-layouter only redraws, so the model must not change")
        .isEqualTo(Equivalence.of(Corpus.read(fixture)));
  }
}
