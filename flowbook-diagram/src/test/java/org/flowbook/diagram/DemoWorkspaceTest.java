package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flowbook.diagram.landscape.LandscapeOptions;
import org.flowbook.diagram.layout.DecisionParts;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.Direction;
import org.flowbook.diagram.layout.LayoutCheck;
import org.flowbook.diagram.layout.Point;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Process;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.testkit.Golden;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden SVGs and the layout promises for every process of the demo workspace in examples/. */
class DemoWorkspaceTest {
  static Stream<Process> demoProcesses() {
    return workspace().workspace().processes().stream();
  }

  static LoadedWorkspace workspace() {
    Path examples = ProjectPaths.inRepo("examples");
    Assumptions.assumeTrue(Files.isDirectory(examples), "examples/ is not in this checkout");
    return WorkspaceLoader.load(examples, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demoProcesses")
  void demoProcessKeepsTheLayoutPromisesAndMatchesItsGolden(Process p) {
    DiagramLayout layout = Diagrams.layout(p);
    assertThat(LayoutCheck.violations(p, layout)).as(p.id()).isEmpty();
    assertThat(LayoutCheck.edgeViolations(layout)).as(p.id()).isEmpty();
    String svg = Diagrams.flowchart(p, layout, RenderOptions.defaults());
    Golden.assertMatches(Path.of("src/test/resources/golden/demo/" + p.id() + ".svg"), svg);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demoProcesses")
  void demoProcessKeepsThePromisesWhenTheFlowRunsDown(Process p) {
    DiagramLayout layout = Diagrams.layout(p, Direction.DOWN);
    assertThat(LayoutCheck.violations(p, layout)).as(p.id()).isEmpty();
    assertThat(LayoutCheck.edgeViolations(layout)).as(p.id()).isEmpty();
    assertThat(layout.lanes()).allMatch(l -> l.header().y() == 0 && l.header().width() > 0);
    if ("order-to-delivery".equals(p.id())) {
      String svg = Diagrams.flowchart(p, layout, RenderOptions.defaults());
      Golden.assertMatches(Path.of("src/test/resources/golden/demo/down/" + p.id() + ".svg"), svg);
    }
  }

  /**
   * With the flow running down, a decision that is also work has its diamond below its box and
   * every branch leaves from the diamond's bottom corner. It used to leave from the box's bottom,
   * where the branch labels of month-end-close's step 4 touched.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("demoProcesses")
  void branchesOfAWorkDecisionLeaveItsDiamondWhenTheFlowRunsDown(Process p) {
    DiagramLayout layout = Diagrams.layout(p, Direction.DOWN);
    for (var step : p.steps()) {
      if (!(step instanceof org.flowbook.model.Decision d) || !d.isWork()) {
        continue;
      }
      var node = layout.nodes().stream().filter(n -> n.stepId().equals(d.id())).findFirst();
      assertThat(node).as(p.id() + " step " + d.id()).isPresent();
      DecisionParts parts = DecisionParts.of(node.get().bounds(), true);
      assertThat(parts.stacked()).as(p.id() + " step " + d.id() + " stacked").isTrue();
      assertThat(parts.diamond().y()).isGreaterThanOrEqualTo(parts.work().bottom());
      for (var e : layout.edges()) {
        if (e.from().equals(d.id())) {
          Point first = e.waypoints().get(0);
          assertThat(first.x())
              .as("%s %s->%s leaves the diamond", p.id(), e.from(), e.to())
              .isCloseTo(parts.diamond().centerX(), within(0.01));
          assertThat(first.y()).isCloseTo(parts.diamond().bottom(), within(0.01));
        }
      }
    }
  }

  @Test
  void landscapeShowsEveryGroupAndProcess() {
    LoadedWorkspace ws = workspace();
    String svg = Diagrams.landscape(ws.workspace(), LandscapeOptions.defaults());
    var doc = Xml.parse(svg);
    for (Process p : ws.workspace().processes()) {
      assertThat(Xml.byId(doc, "process--" + p.id()).getTextContent()).contains(p.title());
    }
    List<String> groups =
        ws.workspace().organization().groups().stream()
            .map(g -> "id=\"group--" + org.flowbook.diagram.render.Ids.slug(g.id()) + "\"")
            .toList();
    int last = -1;
    for (String g : groups) {
      int at = svg.indexOf(g);
      assertThat(at).as(g).isGreaterThan(last);
      last = at;
    }
    Golden.assertMatches(Path.of("src/test/resources/golden/demo/landscape.svg"), svg);
  }
}
