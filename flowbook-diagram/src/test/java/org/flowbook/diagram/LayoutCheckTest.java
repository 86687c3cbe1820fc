package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.EdgeLayout;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.diagram.layout.LayoutCheck;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.layout.Point;
import org.flowbook.model.Activity;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Task;
import org.junit.jupiter.api.Test;

/** The invariant checker itself must catch broken layouts, or the property tests prove nothing. */
class LayoutCheckTest {
  private final Process p =
      Samples.process(
          "p",
          "P",
          Language.EN,
          List.of(
              new Activity("1", "A", Task.by("R")),
              new Activity("2", "B", Task.by("R")),
              new Activity("3", "C", Task.by("R"))),
          List.of(Flow.of("1", "3")));
  private final LaneLayout lane =
      new LaneLayout("R", "R", new Box(0, 0, 600, 200), new Box(0, 0, 100, 200));

  @Test
  void reportsOverlappingNodes() {
    DiagramLayout bad =
        layout(
            new Box(120, 20, 100, 60),
            new Box(180, 40, 100, 60),
            new Box(400, 20, 100, 60),
            List.of(new Point(220, 50), new Point(400, 50)));
    assertThat(LayoutCheck.violations(p, bad)).anyMatch(v -> v.contains("overlap"));
  }

  @Test
  void reportsAnEdgeThroughANode() {
    DiagramLayout bad =
        layout(
            new Box(120, 20, 100, 60),
            new Box(250, 20, 100, 60),
            new Box(400, 20, 100, 60),
            List.of(new Point(220, 50), new Point(400, 50)));
    assertThat(LayoutCheck.violations(p, bad)).containsExactly("edge 1->3 runs through node 2");
  }

  @Test
  void reportsANodeOnALaneBoundary() {
    DiagramLayout bad =
        layout(
            new Box(120, 170, 100, 60),
            new Box(250, 20, 100, 60),
            new Box(400, 20, 100, 60),
            List.of(
                new Point(220, 200),
                new Point(300, 200),
                new Point(300, 100),
                new Point(400, 100)));
    assertThat(LayoutCheck.violations(p, bad)).anyMatch(v -> v.contains("lane boundary"));
  }

  @Test
  void acceptsAGoodLayout() {
    DiagramLayout good =
        layout(
            new Box(120, 20, 100, 60),
            new Box(250, 110, 100, 60),
            new Box(400, 20, 100, 60),
            List.of(new Point(220, 50), new Point(400, 50)));
    assertThat(LayoutCheck.violations(p, good)).isEmpty();
  }

  private DiagramLayout layout(Box a, Box b, Box c, List<Point> route) {
    return new DiagramLayout(
        "p",
        600,
        200,
        List.of(lane),
        List.of(new NodeLayout("1", a), new NodeLayout("2", b), new NodeLayout("3", c)),
        List.of(new EdgeLayout(0, "1", "3", route, Optional.empty())));
  }
}
