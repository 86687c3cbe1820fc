package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.Direction;
import org.flowbook.diagram.layout.LayoutCheck;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.medium.Connector;
import org.flowbook.diagram.medium.DirectionChoice;
import org.flowbook.diagram.medium.Legibility;
import org.flowbook.diagram.medium.Medium;
import org.flowbook.diagram.medium.Piece;
import org.flowbook.diagram.medium.Placement;
import org.flowbook.diagram.render.FlowchartRenderer;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The legibility rule: chart text at 8 pt or more on paper and 12 px or more on screen. */
class LegibilityTest {
  static List<Process> demoProcesses() {
    return DemoWorkspaceTest.demoProcesses().toList();
  }

  @Test
  void minimumScalesAreWorkedOutFromTheTypeSizes() {
    // Smallest chart text is 11 px (step numbers); 8 pt = 10.667 px, so 10.667 / 11.
    assertThat(Medium.A4_PORTRAIT.minimumScale()).isCloseTo(0.9697, within());
    assertThat(Medium.A4_PORTRAIT.textSize(1)).isCloseTo(8.25, within());
    // Body text is 12 px: a screen shows it at 100 % at least.
    assertThat(Medium.WEB_390.minimumScale()).isCloseTo(1.0, within());
    assertThat(Medium.WEB_1280.textSize(0.5)).isCloseTo(6.0, within());
  }

  @Test
  void theRuleRejectsAChartShrunkToFitAPageAsTheManualDidBefore() {
    DiagramLayout layout = Diagrams.layout(Samples.purchaseApproval());
    // The old manual fitted every chart into the page: about 0.4 for a 2,200 px wide chart.
    Placement shrunk =
        new Placement(Medium.A4_LANDSCAPE, 0.45, Placement.of(layout, Medium.WEB_1280).pieces());
    assertThat(Legibility.check(shrunk))
        .anySatisfy(v -> assertThat(v).contains("3.7 pt on A4_LANDSCAPE is below 8 pt"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Medium.class)
  void everyDemoProcessKeepsTheRuleInEveryMedium(Medium medium) {
    for (Process p : demoProcesses()) {
      for (Direction direction : Direction.values()) {
        // The author's direction where it can be printed legibly, else the other one.
        DirectionChoice choice =
            DirectionChoice.best(
                d -> Diagrams.layout(p, d), java.util.Optional.of(direction), medium);
        Placement placement = choice.placement();
        assertThat(Legibility.check(placement))
            .as(p.id() + " " + direction + " on " + medium)
            .isEmpty();
        for (Piece piece : placement.pieces()) {
          assertThat(
                  LayoutCheck.violations(p, piece.layout()).stream()
                      .filter(v -> !v.contains("has no "))
                      .toList())
              .as(p.id() + " " + direction + " piece " + piece.index())
              .isEmpty();
        }
        assertEveryStepOnExactlyOnePiece(p, placement);
      }
    }
  }

  @Test
  void aLongChartThatRunsDownIsCutBetweenRowsWithTheHeadersOnTopOfEveryPiece() {
    Process p = org.flowbook.diagram.bench.SyntheticProcess.of(24, 7);
    DiagramLayout layout = Diagrams.layout(p, Direction.DOWN);
    Placement placement = Placement.of(layout, Medium.A4_PORTRAIT);
    assertThat(placement.split()).isTrue();
    assertThat(placement.scale()).isGreaterThanOrEqualTo(Medium.A4_PORTRAIT.minimumScale());
    assertThat(Legibility.check(placement)).isEmpty();
    int leaving = 0;
    int arriving = 0;
    int bottom = 0;
    for (Piece piece : placement.pieces()) {
      assertThat(piece.layout().lanes()).isNotEmpty().allMatch(l -> l.atTop());
      for (NodeLayout n : piece.layout().nodes()) {
        assertThat(new Box(0, 0, piece.layout().width(), piece.layout().height()))
            .matches(b -> b.contains(n.extent()), n.stepId() + " inside piece");
      }
      for (Connector c : piece.leaving()) {
        assertThat(placement.pieces().get(c.otherPiece()).steps()).contains(c.to());
        bottom += c.side() == Connector.Side.BOTTOM ? 1 : 0;
      }
      leaving += piece.leaving().size();
      arriving += piece.arriving().size();
    }
    assertThat(leaving).isPositive().isEqualTo(arriving);
    // Cut between rows: flows leave a piece at its bottom edge.
    assertThat(bottom).isPositive();
    assertEveryStepOnExactlyOnePiece(p, placement);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Medium.class)
  void everyDemoProcessKeepsTheRuleInEveryMediumFlowingRight(Medium medium) {
    for (Process p : demoProcesses()) {
      DiagramLayout layout = Diagrams.layout(p);
      Placement placement = Placement.of(layout, medium);
      assertThat(Legibility.check(placement)).as(p.id() + " on " + medium).isEmpty();
      for (Piece piece : placement.pieces()) {
        assertThat(
                LayoutCheck.violations(p, piece.layout()).stream()
                    .filter(v -> !v.contains("has no "))
                    .toList())
            .as(p.id() + " piece " + piece.index())
            .isEmpty();
      }
      assertEveryStepOnExactlyOnePiece(p, placement);
    }
  }

  @Test
  void aWideChartIsCutBetweenColumnsWithConnectorsBothWays() {
    Process p = org.flowbook.diagram.bench.SyntheticProcess.of(24, 7);
    DiagramLayout layout = Diagrams.layout(p);
    Placement placement = Placement.of(layout, Medium.A4_PORTRAIT);
    assertThat(placement.split()).isTrue();
    assertThat(placement.scale()).isGreaterThanOrEqualTo(Medium.A4_PORTRAIT.minimumScale());
    assertThat(Legibility.check(placement)).isEmpty();
    int leaving = 0;
    int arriving = 0;
    for (Piece piece : placement.pieces()) {
      for (NodeLayout n : piece.layout().nodes()) {
        // No step is cut: every node lies wholly in its piece.
        assertThat(new Box(0, 0, piece.layout().width(), piece.layout().height()))
            .matches(b -> b.contains(n.extent()), n.stepId() + " inside piece");
      }
      leaving += piece.leaving().size();
      arriving += piece.arriving().size();
      for (Connector c : piece.leaving()) {
        assertThat(placement.pieces().get(c.otherPiece()).steps()).contains(c.to());
      }
      String svg = FlowchartRenderer.piece(p, piece, RenderOptions.defaults().withTitle(false));
      // Lane headers are repeated on every piece.
      assertThat(svg).contains("class=\"lane\"");
    }
    assertThat(leaving).isPositive().isEqualTo(arriving);
    assertEveryStepOnExactlyOnePiece(p, placement);
  }

  @Test
  void aPortraitPageTurnsALongChartWithFewRolesDownward() {
    // Budget: 6 steps in 5 roles, four portrait pieces of one or two columns when it runs right.
    Process p =
        demoProcesses().stream()
            .filter(x -> x.id().equals("annual-budget"))
            .findFirst()
            .orElseThrow();
    DirectionChoice right =
        DirectionChoice.best(
            d -> Diagrams.layout(p, d), java.util.Optional.of(Direction.RIGHT), Medium.A4_PORTRAIT);
    DirectionChoice auto =
        DirectionChoice.best(
            d -> Diagrams.layout(p, d), java.util.Optional.empty(), Medium.A4_PORTRAIT);
    assertThat(auto.direction()).isEqualTo(Direction.DOWN);
    assertThat(auto.legible()).isTrue();
    assertThat(auto.placement().pieces().size()).isLessThan(right.placement().pieces().size());
  }

  @Test
  void aChartThatFitsAtFullSizeKeepsRunningRight() {
    DirectionChoice auto =
        DirectionChoice.best(
            d -> Diagrams.layout(Samples.tiny(), d),
            java.util.Optional.empty(),
            Medium.A4_PORTRAIT,
            Medium.A4_LANDSCAPE);
    assertThat(auto.direction()).isEqualTo(Direction.RIGHT);
    assertThat(auto.placement().scale()).isEqualTo(1.0);
  }

  @Test
  void aChartThatFitsIsNotCutAndNotEnlarged() {
    DiagramLayout layout = Diagrams.layout(Samples.tiny());
    Placement placement = Placement.best(layout, Medium.A4_PORTRAIT, Medium.A4_LANDSCAPE);
    assertThat(placement.split()).isFalse();
    assertThat(placement.scale()).isEqualTo(1.0);
    assertThat(placement.medium()).isEqualTo(Medium.A4_PORTRAIT);
  }

  private static void assertEveryStepOnExactlyOnePiece(Process p, Placement placement) {
    List<String> seen = new ArrayList<>();
    placement.pieces().forEach(piece -> seen.addAll(piece.steps()));
    assertThat(seen)
        .as(p.id())
        .containsExactlyInAnyOrderElementsOf(
            Diagrams.layout(p).nodes().stream().map(NodeLayout::stepId).toList());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-3);
  }
}
