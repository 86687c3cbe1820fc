package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.Direction;
import org.flowbook.diagram.layout.FlowchartLayouter;
import org.flowbook.diagram.layout.LayoutCheck;
import org.flowbook.diagram.render.FlowchartRenderer;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Process;
import org.flowbook.testkit.RandomModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: random valid processes lay out with no overlaps and no edge through a node, and their
 * flows can be told apart (no shared segment between unrelated flows, labels clear and beside the
 * start of their own line).
 */
class RandomLayoutPropertyTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomProcessesKeepTheLayoutPromises(long seed) {
    RandomModels random = new RandomModels(seed);
    int size = 3 + (int) (seed * 7 % 45);
    Process p = random.process("random-" + seed, size, List.of("other-process"));
    DiagramLayout layout = FlowchartLayouter.layout(p);
    assertThat(LayoutCheck.violations(p, layout))
        .as("seed %d (size %d): rerun new RandomModels(%d).process(...)", seed, size, seed)
        .isEmpty();
    assertThat(LayoutCheck.edgeViolations(layout))
        .as("flows told apart, seed %d (size %d)", seed, size)
        .isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomProcessesKeepThePromisesWhenTheFlowRunsDown(long seed) {
    RandomModels random = new RandomModels(seed);
    int size = 3 + (int) (seed * 7 % 45);
    Process p = random.process("random-" + seed, size, List.of("other-process"));
    DiagramLayout layout = FlowchartLayouter.layout(p, Direction.DOWN);
    assertThat(LayoutCheck.violations(p, layout))
        .as("down, seed %d (size %d)", seed, size)
        .isEmpty();
    assertThat(LayoutCheck.edgeViolations(layout))
        .as("down, flows told apart, seed %d (size %d)", seed, size)
        .isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSameModelGivesTheSameBytes(long seed) {
    if (seed % 6 != 0) {
      return;
    }
    Process a = new RandomModels(seed).process("same", 25, List.of());
    Process b = new RandomModels(seed).process("same", 25, List.of());
    String first = FlowchartRenderer.svg(a, FlowchartLayouter.layout(a), RenderOptions.defaults());
    String second = FlowchartRenderer.svg(b, FlowchartLayouter.layout(b), RenderOptions.defaults());
    assertThat(second).as("seed %d", seed).isEqualTo(first);
    String downA =
        FlowchartRenderer.svg(
            a, FlowchartLayouter.layout(a, Direction.DOWN), RenderOptions.defaults());
    String downB =
        FlowchartRenderer.svg(
            b, FlowchartLayouter.layout(b, Direction.DOWN), RenderOptions.defaults());
    assertThat(downB).as("down, seed %d", seed).isEqualTo(downA).isNotEqualTo(first);
  }
}
