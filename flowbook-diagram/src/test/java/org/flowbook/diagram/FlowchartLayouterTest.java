package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.FlowchartLayouter;
import org.flowbook.diagram.layout.LaneLayout;
import org.flowbook.diagram.layout.LayoutCheck;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.model.Process;
import org.junit.jupiter.api.Test;

class FlowchartLayouterTest {
  private final Process purchase = Samples.purchaseApproval();
  private final DiagramLayout layout = FlowchartLayouter.layout(purchase);

  @Test
  void lanesFollowTheFirstAppearanceOfEachPerformer() {
    assertThat(layout.lanes())
        .extracting(LaneLayout::role)
        .containsExactly("Beställare", "Chef", "Ekonomidirektör", "Inköpare");
  }

  @Test
  void stepsWithoutPerformerJoinANeighboursLane() {
    assertThat(laneOf("start")).isEqualTo("Beställare");
    assertThat(laneOf("end")).isEqualTo("Chef");
    assertThat(laneOf("end-2")).isEqualTo("Inköpare");
  }

  @Test
  void aHandOverToAnotherLaneSharesTheColumnWithOneVerticalArrow() {
    java.util.List<org.flowbook.model.Step> steps =
        java.util.List.of(
            new org.flowbook.model.Start(
                "start", "Order", org.flowbook.model.EventTrigger.NONE, null),
            new org.flowbook.model.Activity("1", "Registrera", org.flowbook.model.Task.by("Sälj")),
            new org.flowbook.model.Activity("2", "Planera", org.flowbook.model.Task.by("Plan")),
            new org.flowbook.model.Activity("3", "Plocka", org.flowbook.model.Task.by("Lager")),
            new org.flowbook.model.End("end", "Klar", org.flowbook.model.EventTrigger.NONE, null));
    java.util.List<org.flowbook.model.Flow> flows =
        java.util.List.of(
            org.flowbook.model.Flow.of("start", "1"),
            org.flowbook.model.Flow.of("1", "2"),
            org.flowbook.model.Flow.of("2", "3"),
            org.flowbook.model.Flow.of("3", "end"));
    Process chain = Samples.process("chain", "Kedja", org.flowbook.model.Language.SV, steps, flows);
    DiagramLayout l = FlowchartLayouter.layout(chain);
    assertThat(LayoutCheck.violations(chain, l)).isEmpty();
    NodeLayout one = l.node("1").orElseThrow();
    NodeLayout two = l.node("2").orElseThrow();
    NodeLayout three = l.node("3").orElseThrow();
    // Before packing each step had a column of its own (x = 353, 553, 753).
    assertThat(two.bounds().centerX()).isEqualTo(one.bounds().centerX());
    assertThat(three.bounds().centerX()).isEqualTo(one.bounds().centerX());
    var arrow = l.edge(1).orElseThrow().waypoints();
    assertThat(arrow)
        .containsExactly(
            new org.flowbook.diagram.layout.Point(one.bounds().centerX(), one.bounds().bottom()),
            new org.flowbook.diagram.layout.Point(two.bounds().centerX(), two.bounds().y()));
  }

  @Test
  void flowRunsLeftToRight() {
    for (var f : purchase.flows()) {
      NodeLayout a = layout.node(f.from()).orElseThrow();
      NodeLayout b = layout.node(f.to()).orElseThrow();
      assertThat(b.bounds().x()).as(f.from() + " -> " + f.to()).isGreaterThan(a.bounds().right());
    }
  }

  @Test
  void keepsEveryPromiseOnHandBuiltProcesses() {
    assertThat(LayoutCheck.violations(purchase, layout)).isEmpty();
    Process shapes = Samples.allShapes();
    assertThat(LayoutCheck.violations(shapes, FlowchartLayouter.layout(shapes))).isEmpty();
  }

  @Test
  void aBoundaryEventSitsOnItsActivitysBottomEdge() {
    DiagramLayout l = FlowchartLayouter.layout(Samples.allShapes());
    NodeLayout host = l.node("2").orElseThrow();
    NodeLayout timer = l.node("late").orElseThrow();
    assertThat(timer.bounds().centerY()).isEqualTo(host.bounds().bottom());
    assertThat(timer.bounds().centerX()).isBetween(host.bounds().x(), host.bounds().right());
  }

  @Test
  void conditionsGetALabelBox() {
    assertThat(layout.edge(2).orElseThrow().label()).isPresent();
    assertThat(layout.edge(0).orElseThrow().label()).isEmpty();
  }

  private String laneOf(String stepId) {
    NodeLayout n = layout.node(stepId).orElseThrow();
    return layout.lanes().stream()
        .filter(l -> l.bounds().contains(n.bounds()))
        .map(LaneLayout::role)
        .findFirst()
        .orElse("?");
  }
}
