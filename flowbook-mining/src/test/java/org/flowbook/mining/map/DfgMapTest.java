package org.flowbook.mining.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbook.diagram.graph.GraphEdge;
import org.flowbook.diagram.graph.GraphMap;
import org.flowbook.diagram.graph.GraphNode;
import org.flowbook.mining.analysis.DirectlyFollowsGraph;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.model.Language;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The process map keeps the busiest arrows and never leaves a box without a way in and out. */
class DfgMapTest {
  @Test
  void simplifiedMapOfBpic15KeepsEveryBoxConnected() throws Exception {
    var log =
        EventLogs.read(SharedData.require("logs/BPIC15_1.xes.gz"), ImportOptions.DEFAULT).log();
    DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log, false);
    GraphMap map = DfgMap.of("BPIC15_1", dfg, MapMetric.FREQUENCY, 30, Language.EN);
    long arrows =
        map.edges().stream()
            .filter(e -> !e.from().equals("start") && !e.to().equals("end"))
            .count();
    assertThat(arrows).isBetween(30L, 30L + 2L * (map.nodes().size() - 2));
    assertThat(dfg.edges()).hasSizeGreaterThan(4000);
    for (GraphNode n : map.nodes()) {
      if (n.kind() == GraphNode.Kind.BOX) {
        assertThat(map.edges().stream().anyMatch(e -> e.to().equals(n.id())))
            .as(n.label())
            .isTrue();
        assertThat(map.edges().stream().anyMatch(e -> e.from().equals(n.id())))
            .as(n.label())
            .isTrue();
      }
    }
  }

  @Test
  void smallGraphIsDrawnWhole() throws Exception {
    var log =
        EventLogs.read(SharedData.require("logs/running-example.xes"), ImportOptions.DEFAULT).log();
    GraphMap map =
        DfgMap.of("", DirectlyFollowsGraph.of(log), MapMetric.FREQUENCY, 40, Language.EN);
    // 8 activities + start + end; 16 edges + 1 start arrow + 2 end arrows.
    assertThat(map.nodes()).hasSize(10);
    assertThat(map.edges()).hasSize(19);
    GraphEdge top =
        map.edges().stream().max((a, b) -> Double.compare(a.weight(), b.weight())).orElseThrow();
    assertThat(top.label()).isEqualTo("6");
  }
}
