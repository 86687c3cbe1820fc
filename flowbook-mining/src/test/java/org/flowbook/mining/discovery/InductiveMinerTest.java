package org.flowbook.mining.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.flowbook.mining.TestLogs;
import org.flowbook.mining.conformance.AlignmentReport;
import org.flowbook.mining.conformance.Alignments;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.output.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InductiveMinerTest {

  @Test
  void findsSequenceChoiceAndLoop() {
    TraceVariants log =
        TestLogs.ofNames(
            List.of(
                List.of("a", "b", "d"), List.of("a", "c", "d"), List.of("a", "b", "e", "b", "d")));
    assertThat(ProcessTree.format(InductiveMiner.discover(log, 0)))
        .isEqualTo("->('a', X(*('b', 'e'), 'c'), 'd')");
  }

  @Test
  void findsParallel() {
    TraceVariants log =
        TestLogs.ofNames(List.of(List.of("a", "b", "c", "d"), List.of("a", "c", "b", "d")));
    assertThat(ProcessTree.format(InductiveMiner.discover(log, 0)))
        .isEqualTo("->('a', +('b', 'c'), 'd')");
  }

  @Test
  void infrequentVariantIgnoresRareBehaviour() {
    List<List<String>> cases = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      cases.add(List.of("a", "b", "c"));
    }
    cases.add(List.of());
    TraceVariants log = TestLogs.ofNames(cases);
    assertThat(ProcessTree.format(InductiveMiner.discover(log, 0.2)))
        .isEqualTo("->('a', 'b', 'c')");
    assertThat(ProcessTree.format(InductiveMiner.discover(log, 0)))
        .isEqualTo("X(tau, ->('a', 'b', 'c'))");
  }

  /**
   * No cut fits: "a" happens at any point of a loop of b, c with d as the way back (never after b,
   * never before b), which breaks every cut; without "a" the rest is a loop. The activity
   * concurrent fall-through puts "a" in parallel with that loop.
   */
  @Test
  void activityConcurrentFallThroughPutsTheDisturbingActivityInParallel() {
    List<List<String>> cases =
        List.of(
            List.of("b", "a", "c", "d", "b", "c"),
            List.of("b", "c", "a", "d", "b", "c"),
            List.of("b", "c", "d", "b", "a", "c"),
            List.of("b", "c"));
    TraceVariants log = TestLogs.ofNames(cases);
    SubLog sub = new SubLog();
    for (int i = 0; i < log.traces().size(); i++) {
      sub.add(log.traces().get(i), log.counts()[i]);
    }
    List<Integer> acts = sub.activities();
    Dfg dfg = new Dfg(sub, acts);
    assertThat(CutFinder.find(dfg)).isEmpty();
    assertThat(FallThroughs.oncePerTrace(sub, acts, log.activities())).isEmpty();
    assertThat(FallThroughs.concurrentActivity(sub, dfg, log.activities()))
        .hasValue(log.activities().indexOf("a"));
    assertThat(ProcessTree.format(InductiveMiner.discover(log, 0)))
        .isEqualTo("+(X(tau, 'a'), *(->('b', 'c'), 'd'))");
    assertFits(log);
  }

  /**
   * 30 cases a, b, c and one that repeats a at the end. The infrequent miner finds the sequence
   * only without the rare edge c→a; its split drops the late "a" instead of making "a" a loop.
   */
  @Test
  void infrequentSequenceSplitDropsTheEventOutOfPlace() {
    List<List<String>> cases = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      cases.add(List.of("a", "b", "c"));
    }
    cases.add(List.of("a", "b", "c", "a"));
    TraceVariants log = TestLogs.ofNames(cases);
    assertThat(ProcessTree.format(InductiveMiner.discover(log, 0.2)))
        .isEqualTo("->('a', 'b', 'c')");
    assertThat(ProcessTree.format(InductiveMiner.discover(log, 0))).contains("*(");
  }

  @Test
  void sequenceSplitKeepsEachGroupsEventsOfItsPiece() {
    // groups a | b | c; in a b a c the second a is out of place and is dropped (keeping both a's
    // instead would drop b: as many events, so the earlier boundary wins)
    int[] groupOf = {0, 1, 2};
    assertThat(SequenceSplit.boundaries(new int[] {0, 1, 0, 2}, 3, groupOf))
        .containsExactly(0, 1, 2, 4);
    // a c a b: keeping both a's and b drops one event; placing the pieces one group at a time
    // (a ends after its first event, b gets nothing) would drop two
    assertThat(SequenceSplit.boundaries(new int[] {0, 2, 0, 1}, 3, groupOf))
        .containsExactly(0, 3, 4, 4);
    // a trace in order is cut between its groups
    assertThat(SequenceSplit.boundaries(new int[] {0, 0, 1, 2, 2}, 3, groupOf))
        .containsExactly(0, 2, 3, 5);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "running-example.csv",
        "roadtraffic100traces.csv",
        "03_repairExample.csv",
        "08_receipt.csv",
        "helpdesk.csv",
        "07_bpic2013_incidents.csv"
      })
  void discoveredModelReplaysItsLog(String file) {
    assertFits(TestLogs.sharedCsv(file));
  }

  static Stream<Long> seeds() {
    return new Random(20261127).longs(25).boxed();
  }

  /** Random logs over a few activities with repetitions and swaps; the seed is the test name. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void discoveredModelReplaysRandomLog(long seed) {
    Random r = new Random(seed);
    String[] acts = {"a", "b", "c", "d", "e", "f", "g"};
    int used = 2 + r.nextInt(acts.length - 1);
    List<List<String>> cases = new ArrayList<>();
    int n = 1 + r.nextInt(30);
    for (int i = 0; i < n; i++) {
      List<String> t = new ArrayList<>();
      int len = r.nextInt(8);
      for (int k = 0; k < len; k++) {
        t.add(acts[r.nextInt(used)]);
      }
      cases.add(t);
    }
    assertFits(TestLogs.ofNames(cases));
  }

  private static void assertFits(TraceVariants log) {
    ProcessTree tree = InductiveMiner.discover(log, 0);
    PetriNet net = TreeToPetriNet.convert(tree);
    AlignmentReport report = Alignments.of(net).check(log, Progress.NONE);
    assertThat(report.percentFittingTraces()).as(ProcessTree.format(tree)).isEqualTo(100.0);
  }
}
