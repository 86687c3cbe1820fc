package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.EdgeLayout;
import org.flowbook.diagram.layout.Joins;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.diagram.layout.LayoutCheck;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.layout.Point;
import org.junit.jupiter.api.Test;

/**
 * The checker's promises that flows can be told apart (issue 14 item 5) catch hand-built bad
 * layouts: a shared segment, stacked labels, a label far from its flow or near its target.
 */
class EdgeCheckTest {
  private static final LaneLayout LANE =
      new LaneLayout("R", "R", new Box(0, 0, 800, 300), new Box(0, 0, 100, 300));
  private static final List<NodeLayout> NODES =
      List.of(
          new NodeLayout("a", new Box(120, 20, 80, 40)),
          new NodeLayout("b", new Box(120, 200, 80, 40)),
          new NodeLayout("c", new Box(600, 20, 80, 40)),
          new NodeLayout("d", new Box(600, 200, 80, 40)));

  private static DiagramLayout layout(EdgeLayout... edges) {
    return new DiagramLayout("p", 800, 300, List.of(LANE), NODES, List.of(edges));
  }

  private static EdgeLayout edge(int i, String from, String to, Box label, Point... pts) {
    return new EdgeLayout(i, from, to, List.of(pts), Optional.ofNullable(label));
  }

  @Test
  void unrelatedFlowsOnOneLineAreReportedButAJoinIsNot() {
    // a->c along y=100 from x=300 to 500; b->d runs up onto the same line for 100 px.
    EdgeLayout ac =
        edge(
            0,
            "a",
            "c",
            null,
            p(200, 40),
            p(300, 40),
            p(300, 100),
            p(500, 100),
            p(500, 40),
            p(600, 40));
    EdgeLayout bd =
        edge(
            1,
            "b",
            "d",
            null,
            p(200, 220),
            p(350, 220),
            p(350, 100),
            p(450, 100),
            p(450, 220),
            p(600, 220));
    assertThat(LayoutCheck.edgeViolations(layout(ac, bd)))
        .containsExactly("edges a->c and b->d share a segment");
    EdgeLayout bc =
        edge(
            1,
            "b",
            "c",
            null,
            p(200, 220),
            p(350, 220),
            p(350, 100),
            p(500, 100),
            p(500, 40),
            p(600, 40));
    assertThat(LayoutCheck.edgeViolations(layout(ac, bc))).isEmpty();
    assertThat(Joins.of(layout(ac, bc))).containsExactly(p(350, 100));
  }

  @Test
  void stackedLabelsOfTwoFlowsIntoOneStepAreReported() {
    // The old placement: both labels before the target, one on the other, the upper one 15 px off
    // its own line.
    EdgeLayout ac = edge(0, "a", "c", new Box(520, 22, 60, 15), p(200, 40), p(600, 40));
    EdgeLayout bc =
        edge(
            1,
            "b",
            "c",
            new Box(520, 10, 60, 15),
            p(200, 220),
            p(560, 220),
            p(560, 40),
            p(600, 40));
    assertThat(LayoutCheck.edgeViolations(layout(ac, bc)))
        .contains(
            "labels of a->c and b->c overlap",
            "label of a->c sits in the second half of its own line")
        .contains("label of b->c is 15 px from its flow");
  }

  @Test
  void aLabelOnAStepOrCrossedByAnotherFlowIsReported() {
    EdgeLayout ac = edge(0, "a", "c", new Box(190, 30, 40, 15), p(200, 40), p(600, 40));
    EdgeLayout bd = edge(1, "b", "d", new Box(205, 222, 40, 15), p(200, 220), p(600, 220));
    EdgeLayout ad =
        edge(2, "a", "c", null, p(160, 60), p(160, 130), p(225, 130), p(225, 250), p(600, 250));
    assertThat(LayoutCheck.edgeViolations(layout(ac, bd, ad)))
        .contains("label of a->c overlaps node a", "edge a->c runs through the label of b->d");
  }

  @Test
  void aLabelBesideTheStartOfItsOwnLineIsFine() {
    EdgeLayout ac = edge(0, "a", "c", new Box(205, 22, 40, 15), p(200, 40), p(600, 40));
    EdgeLayout ad =
        edge(
            1,
            "a",
            "d",
            new Box(254, 150, 40, 15),
            p(200, 40),
            p(250, 40),
            p(250, 220),
            p(600, 220));
    assertThat(LayoutCheck.edgeViolations(layout(ac, ad))).isEmpty();
  }

  private static Point p(double x, double y) {
    return new Point(x, y);
  }
}
