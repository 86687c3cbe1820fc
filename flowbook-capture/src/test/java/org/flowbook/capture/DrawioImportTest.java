package org.flowbook.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.capture.drawio.DrawioImport;
import org.flowbook.model.Decision;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.testkit.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * draw.io files made with draw.io itself (the templates and examples of jgraph/drawio-diagrams, see
 * src/test/resources/drawio/SOURCES.md), compared with an independent count of their shapes and
 * connectors (count_shapes.py beside them: plain Python, no Flowbook code).
 */
class DrawioImportTest {
  static final Path DIR = Path.of("src/test/resources/drawio");

  static BpmnImport unmerged(String file) throws IOException {
    try (InputStream in = Files.newInputStream(DIR.resolve(file))) {
      return new DrawioImport().read(in, file, "Imported");
    }
  }

  static BpmnImport captured(String file) throws IOException {
    return Capture.read(DIR.resolve(file), Capture.Format.DRAWIO);
  }

  /**
   * Per page: connectors between steps (not from or to a start or end shape), the shapes that
   * connectors join, decisions (rhombuses with two ways out or more), and swimlanes holding no
   * other lane — from count_shapes.py.
   */
  @ParameterizedTest(name = "{0} page {1}")
  @CsvSource({
    "WorkflowFlowchart.xml,1,21,19,0,7",
    "basic_swimlanes.xml,1,6,8,2,3",
    "cross_functional_flowchart_1.xml,1,12,11,3,3",
    "cross_functional_flowchart_2.xml,1,24,21,4,2",
    "cross_functional_flowchart_3.xml,1,11,13,2,3",
    "cross_functional_flowchart_4.xml,1,8,10,1,4",
    "cross_functional_flowchart_5.xml,1,21,17,3,6",
    "flowchart_2.xml,1,22,20,5,0",
    "translation-task-flowchart.xml,1,11,12,2,0",
    "translation-task-flowchart.xml,2,6,7,2,0",
    "workflow_4.xml,1,31,27,6,0"
  })
  void everyShapeAndConnectorOfTheDrawingIsInTheProcess(
      String file, int page, int connectors, int shapes, int decisions, int lanes)
      throws IOException {
    BpmnImport r = unmerged(file);
    assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
    Process p = r.processes().get(page - 1);
    java.util.Set<String> events =
        p.steps().stream()
            .filter(
                x -> x instanceof org.flowbook.model.Start || x instanceof org.flowbook.model.End)
            .map(Step::id)
            .collect(java.util.stream.Collectors.toSet());
    assertThat(
            p.flows().stream().filter(f -> !events.contains(f.from()) && !events.contains(f.to())))
        .as("flows between steps")
        .hasSize(connectors);
    assertThat(p.steps()).as("steps").hasSize(shapes);
    assertThat(p.steps().stream().filter(Decision.class::isInstance))
        .as("decisions")
        .hasSize(decisions);
    if (r.processes().size() == 1) {
      assertThat(r.organization().roles()).as("roles").hasSize(lanes);
    }
  }

  @Test
  void theRouteHandlingTemplateReadsLikeAManual() throws IOException {
    assertGolden("cross_functional_flowchart_1.xml", "route-handling.flow");
  }

  @Test
  void looseYesNoTextBesideConnectorsBecomesTheBranchLabels() throws IOException {
    assertGolden("flowchart_2.xml", "flowchart-2.flow");
  }

  private static void assertGolden(String file, String golden) throws IOException {
    BpmnImport r = captured(file);
    StringBuilder all = new StringBuilder();
    for (Process p : r.processes()) {
      all.append(ProcessFormatter.format(p));
    }
    Golden.assertMatches(Path.of("src/test/resources/golden").resolve(golden), all.toString());
  }

  @Test
  void aStepAndTheQuestionDrawnAfterItBecomeOneStepNumberedWithoutGaps() throws IOException {
    Process p = captured("cross_functional_flowchart_1.xml").processes().get(0);
    Step monitor = p.step("3").orElseThrow();
    assertThat(monitor).isInstanceOf(Decision.class);
    assertThat(((Decision) monitor).question()).isEqualTo("At Destination?");
    assertThat(monitor.performer()).isEqualTo("Navigation");
    List<String> numbered =
        p.steps().stream().map(Step::id).filter(id -> id.matches("\\d+")).toList();
    for (int i = 0; i < numbered.size(); i++) {
      assertThat(numbered.get(i)).isEqualTo(String.valueOf(i + 1));
    }
  }

  @Test
  void htmlLabelsBecomePlainWords() throws IOException {
    Process p = captured("cross_functional_flowchart_1.xml").processes().get(0);
    assertThat(p.steps().stream().map(Step::title)).contains("Provide Directions");
    BpmnImport w = captured("WorkflowFlowchart.xml");
    assertThat(w.organization().roles().stream().map(r -> r.name())).contains("Inside Sales Rep");
  }

  @Test
  void aSwedishDrawingBecomesASwedishProcess() {
    String drawing =
        """
        <mxfile><diagram name="Inköp"><mxGraphModel><root>
          <mxCell id="0"/><mxCell id="1" parent="0"/>
          <mxCell id="lane" value="Beställare" style="swimlane;horizontal=0;" vertex="1" parent="1">
            <mxGeometry x="0" y="0" width="800" height="200" as="geometry"/></mxCell>
          <mxCell id="s" value="Behov uppstår" style="ellipse;" vertex="1" parent="lane">
            <mxGeometry x="40" y="60" width="80" height="40" as="geometry"/></mxCell>
          <mxCell id="a" value="Fyll i anmodan" style="rounded=0;" vertex="1" parent="lane">
            <mxGeometry x="160" y="60" width="120" height="40" as="geometry"/></mxCell>
          <mxCell id="d" value="Godkänd?" style="rhombus;" vertex="1" parent="lane">
            <mxGeometry x="320" y="50" width="80" height="60" as="geometry"/></mxCell>
          <mxCell id="b" value="Skicka beställning" style="rounded=0;" vertex="1" parent="lane">
            <mxGeometry x="440" y="60" width="120" height="40" as="geometry"/></mxCell>
          <mxCell id="e1" edge="1" parent="1" source="s" target="a"><mxGeometry relative="1" as="geometry"/></mxCell>
          <mxCell id="e2" edge="1" parent="1" source="a" target="d"><mxGeometry relative="1" as="geometry"/></mxCell>
          <mxCell id="e3" value="ja" edge="1" parent="1" source="d" target="b"><mxGeometry relative="1" as="geometry"/></mxCell>
          <mxCell id="e4" value="nej" edge="1" parent="1" source="d" target="a"><mxGeometry relative="1" as="geometry"/></mxCell>
        </root></mxGraphModel></diagram></mxfile>
        """;
    BpmnImport r = Capture.read(stream(drawing), "inkop.drawio", Capture.Format.DRAWIO, "Inkop");
    Process p = r.processes().get(0);
    assertThat(p.title()).isEqualTo("Inköp");
    assertThat(p.language()).isEqualTo(org.flowbook.model.Language.SV);
    String flow = ProcessFormatter.format(p);
    assertThat(flow)
        .contains("1. Fyll i anmodan   [Beställare]")
        .contains("beslut: Godkänd?")
        .contains("- ja -> 2")
        .contains("- nej -> 1");
  }

  @Test
  void aConnectorThatEndsNowhereIsReportedWhereItIsWritten() {
    String drawing =
        """
        <mxGraphModel><root>
          <mxCell id="0"/><mxCell id="1" parent="0"/>
          <mxCell id="a" value="Ta emot" vertex="1" parent="1"><mxGeometry width="80" height="40" as="geometry"/></mxCell>
          <mxCell id="b" value="Besvara" vertex="1" parent="1"><mxGeometry x="200" width="80" height="40" as="geometry"/></mxCell>
          <mxCell id="e1" edge="1" parent="1" source="a" target="b"><mxGeometry relative="1" as="geometry"/></mxCell>
          <mxCell id="e2" value="till arkiv" edge="1" parent="1" source="b"><mxGeometry relative="1" as="geometry"/></mxCell>
        </root></mxGraphModel>
        """;
    BpmnImport r = Capture.read(stream(drawing), "x.drawio", Capture.Format.DRAWIO, "X");
    Problem p =
        r.problems().stream()
            .filter(x -> x.code().equals("connector-unattached"))
            .findFirst()
            .orElseThrow();
    assertThat(p.location().line()).isEqualTo(6);
    assertThat(p.message()).contains("'till arkiv'").contains("at its end");
    assertThat(r.processes().get(0).steps()).hasSize(2);
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
