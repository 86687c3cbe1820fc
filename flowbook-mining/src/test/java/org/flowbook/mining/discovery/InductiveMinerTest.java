package org.flowbook.mining.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.flowbook.mining.TestLogs;
import org.flowbook.mining.conformance.AlignmentReport;
import org.flowbook.mining.conformance.Alignments;
import org.flowbook.mining.conformance.Progress;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.PetriNet;
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
