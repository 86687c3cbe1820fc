package org.flowbook.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.capture.drawio.DrawioExport;
import org.flowbook.diagram.Diagrams;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo process written as a draw.io file and read back keeps its steps, decisions, roles and
 * branch labels: the export is something draw.io users can open, and the import reads it.
 */
class DrawioExportTest {
  static List<Process> demo() {
    return WorkspaceLoader.loadFolder(ProjectPaths.inRepo("examples")).workspace().processes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demo")
  void aDemoProcessSurvivesDrawIo(Process p) {
    String drawio = new DrawioExport(Diagrams::layout).write(List.of(p));
    BpmnImport back =
        Capture.read(
            new ByteArrayInputStream(drawio.getBytes(StandardCharsets.UTF_8)),
            p.id() + ".drawio",
            Capture.Format.DRAWIO,
            "X");
    assertThat(back.hasErrors()).as("%s", back.problems()).isFalse();
    Process q = back.processes().get(0);
    assertThat(q.title()).isEqualTo(p.title());
    assertThat(titles(q, Activity.class)).isEqualTo(titles(p, Activity.class));
    assertThat(titles(q, Decision.class)).isEqualTo(titles(p, Decision.class));
    assertThat(titles(q, org.flowbook.model.Call.class))
        .isEqualTo(titles(p, org.flowbook.model.Call.class));
    assertThat(
            q.steps().stream()
                .filter(org.flowbook.model.Call.class::isInstance)
                .map(s -> ((org.flowbook.model.Call) s).processId())
                .sorted()
                .toList())
        .isEqualTo(
            p.steps().stream()
                .filter(org.flowbook.model.Call.class::isInstance)
                .map(s -> ((org.flowbook.model.Call) s).processId())
                .sorted()
                .toList());
    assertThat(performers(q)).isEqualTo(performers(p));
    assertThat(labels(q)).isEqualTo(labels(p));
  }

  private static Set<String> titles(Process p, Class<? extends Step> kind) {
    Set<String> out = new TreeSet<>();
    p.steps().stream().filter(kind::isInstance).forEach(s -> out.add(s.title()));
    return out;
  }

  /** Of activities and decisions: a call drawn in a lane comes back with the lane's role. */
  private static Set<String> performers(Process p) {
    Set<String> out = new TreeSet<>();
    p.steps().stream()
        .filter(s -> s instanceof Activity || s instanceof Decision)
        .forEach(s -> out.add(s.title() + " [" + s.performer() + "]"));
    out.removeIf(s -> s.endsWith(" []"));
    return out;
  }

  private static Set<String> labels(Process p) {
    Set<String> out = new TreeSet<>();
    p.flows().forEach(f -> out.add(f.label()));
    return out;
  }
}
