package org.flowbook.mining.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.flowbook.mining.TestLogs;
import org.flowbook.mining.conformance.AlignmentReport;
import org.flowbook.mining.conformance.Alignments;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.output.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the miner on logs played out from random process trees (seed = name). */
class InductiveMinerPropertyTest {
  static Stream<Long> seeds() {
    return new Random(20261128).longs(30).boxed();
  }

  /** With noise 0 the model replays every trace, disturbed or not, whatever fall-through ran. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plainMinerReplaysNoisyLogsOfRandomTrees(long seed) {
    Random r = new Random(seed);
    ProcessTree source = RandomTrees.tree(r, 3);
    TraceVariants log = TestLogs.ofNames(RandomTrees.log(r, source, 10 + r.nextInt(50), 0.15));
    ProcessTree tree = InductiveMiner.discover(log, 0);
    AlignmentReport report = Alignments.of(TreeToPetriNet.convert(tree)).check(log, Progress.NONE);
    assertThat(report.percentFittingTraces())
        .as(ProcessTree.format(source) + " gave " + ProcessTree.format(tree))
        .isEqualTo(100.0);
  }

  /**
   * The infrequent miner keeps every activity of a log without noise whose source tree has no
   * choices (nothing is rare), and the same log gives the same tree.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void infrequentMinerIsDeterministicAndKeepsFrequentActivities(long seed) {
    Random r = new Random(seed);
    ProcessTree source = RandomTrees.tree(r, 3);
    List<List<String>> cases = RandomTrees.log(r, source, 40, 0);
    TraceVariants log = TestLogs.ofNames(cases);
    ProcessTree tree = InductiveMiner.discover(log, 0.2);
    assertThat(InductiveMiner.discover(TestLogs.ofNames(cases), 0.2)).isEqualTo(tree);
    if (!ProcessTree.format(source).contains("X(")) {
      assertThat(TreeToPetriNet.convert(tree).labels())
          .as(ProcessTree.format(tree))
          .containsExactlyInAnyOrderElementsOf(log.activities());
    }
  }

  /**
   * The graph of a log without one activity, derived from the log's graph and the traces that hold
   * the activity, equals the graph of the log with the activity projected away.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void graphWithoutAnActivityEqualsGraphOfProjectedLog(long seed) {
    Random r = new Random(seed);
    SubLog log = new SubLog();
    for (int i = 0; i < 1 + r.nextInt(20); i++) {
      log.add(r.ints(r.nextInt(8), 0, 5).toArray(), 1 + r.nextInt(5));
    }
    List<Integer> acts = log.activities();
    Dfg full = new Dfg(log, acts);
    for (int a : acts) {
      List<Integer> rest = new java.util.ArrayList<>(acts);
      rest.remove(Integer.valueOf(a));
      java.util.stream.IntStream holding =
          java.util.stream.IntStream.range(0, log.size())
              .filter(k -> java.util.Arrays.stream(log.traces.get(k)).anyMatch(x -> x == a));
      Dfg derived = full.without(a, log, holding.toArray());
      Dfg direct = new Dfg(log.without(a), rest);
      assertThat(derived.acts).containsExactly(direct.acts);
      assertThat(derived.edge).isDeepEqualTo(direct.edge);
      assertThat(derived.start).containsExactly(direct.start);
      assertThat(derived.end).containsExactly(direct.end);
      assertThat(derived.occurrences).containsExactly(direct.occurrences);
    }
  }

  /**
   * The sequence split keeps as many events as the best of all possible splits (checked by trying
   * every split of short random traces), and a trace already in order loses nothing.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sequenceSplitKeepsTheMostEvents(long seed) {
    Random r = new Random(seed);
    for (int round = 0; round < 200; round++) {
      int k = 2 + r.nextInt(3);
      int[] groupOf = new int[k];
      for (int g = 0; g < k; g++) {
        groupOf[g] = g;
      }
      int[] t = r.ints(r.nextInt(9), 0, k).toArray();
      int[] b = SequenceSplit.boundaries(t, k, groupOf);
      assertThat(b).hasSize(k + 1).startsWith(0).endsWith(t.length).isSorted();
      assertThat(kept(t, b)).isEqualTo(best(t, k, new int[k + 1], 1));
      int[] sorted = t.clone();
      java.util.Arrays.sort(sorted);
      assertThat(kept(sorted, SequenceSplit.boundaries(sorted, k, groupOf)))
          .isEqualTo(sorted.length);
    }
  }

  private static int kept(int[] t, int[] b) {
    int n = 0;
    for (int g = 0; g + 1 < b.length; g++) {
      for (int i = b[g]; i < b[g + 1]; i++) {
        n += t[i] == g ? 1 : 0;
      }
    }
    return n;
  }

  /** Most events kept over all boundaries b[g..k-1] with b[g-1] fixed (exhaustive). */
  private static int best(int[] t, int k, int[] b, int g) {
    if (g == k) {
      b[k] = t.length;
      return kept(t, b);
    }
    int max = 0;
    for (int e = b[g - 1]; e <= t.length; e++) {
      b[g] = e;
      max = Math.max(max, best(t, k, b, g + 1));
    }
    return max;
  }
}
