package org.flowbook.mining.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.EventLogBuilder;
import org.junit.jupiter.api.Test;

/**
 * The analyses on a log small enough to work out by hand:
 *
 * <pre>
 * case 1: a@0 (X)  b@10 (Y)  c@30 (Y)
 * case 2: a@0 (X)  b@5 (Y)   b@20 (Z)  c@60 (X)
 * case 3: a@0 (X)  c@100 (-)
 * </pre>
 *
 * (times in seconds).
 */
class AnalysisTest {
  private static final long S = 1000;

  static EventLog log() {
    EventLogBuilder b = new EventLogBuilder();
    add(b, "1", "a", 0, "X");
    add(b, "1", "b", 10, "Y");
    add(b, "2", "a", 0, "X");
    add(b, "1", "c", 30, "Y");
    add(b, "2", "b", 5, "Y");
    add(b, "3", "c", 100, null);
    add(b, "2", "c", 60, "X");
    add(b, "2", "b", 20, "Z");
    add(b, "3", "a", 0, "X");
    return b.build();
  }

  private static void add(EventLogBuilder b, String c, String a, long seconds, String r) {
    b.add(b.caseNumber(c), b.activityNumber(a), seconds * S, b.resourceNumber(r), 0);
  }

  @Test
  void groupsByCaseAndSortsByTime() {
    EventLog log = log();
    assertThat(log.cases()).isEqualTo(3);
    assertThat(log.caseId(1)).isEqualTo("2");
    List<String> case2 = new java.util.ArrayList<>();
    for (int e = log.start(1); e < log.end(1); e++) {
      case2.add(log.activityName(log.activity(e)));
    }
    assertThat(case2).containsExactly("a", "b", "b", "c");
  }

  @Test
  void directlyFollowsGraphCountsAndWaits() {
    DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log());
    assertThat(dfg.edges())
        .extracting(e -> e.from() + ">" + e.to() + ":" + e.frequency())
        .containsExactly("a>b:2", "b>c:2", "a>c:1", "b>b:1");
    DfgEdge ab = dfg.edges().get(0);
    assertThat(ab.waiting().mean()).isEqualTo(7.5 * S);
    assertThat(ab.waiting().median()).isEqualTo(7.5 * S);
    assertThat(ab.waiting().min()).isEqualTo(5 * S);
    assertThat(dfg.totalFrequency()).isEqualTo(9 - 3);
    assertThat(dfg.starts()).containsExactly(new ActivityCount("a", 3));
    assertThat(dfg.ends()).containsExactly(new ActivityCount("c", 3));
    assertThat(DirectlyFollowsGraph.of(log(), false).edges().get(0).waiting())
        .isEqualTo(DurationStats.EMPTY);
  }

  @Test
  void caseDurationsAndVariants() {
    DurationStats d = CaseDurations.stats(log());
    assertThat(d.min()).isEqualTo(30 * S);
    assertThat(d.median()).isEqualTo(60 * S);
    assertThat(d.max()).isEqualTo(100 * S);
    assertThat(d.mean()).isCloseTo(190.0 / 3 * S, within(1e-6));
    VariantReport v = VariantReport.of(log(), 2);
    assertThat(v.count()).isEqualTo(3);
    assertThat(v.singletons()).isEqualTo(3);
    assertThat(v.top()).hasSize(2);
    assertThat(v.top().get(0).activities()).containsExactly("a", "b", "c");
    assertThat(v.top().get(1).coverage()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void bottlenecksRankByTotalAndByMean() {
    EventLog log = log();
    Bottlenecks b = Bottlenecks.of(log, DirectlyFollowsGraph.of(log), 10);
    assertThat(b.transitionsByTotal())
        .extracting(x -> x.from() + ">" + x.to() + ":" + x.waiting().total() / S)
        .containsExactly("a>c:100", "b>c:60", "a>b:15", "b>b:15");
    assertThat(b.transitionsByMean())
        .extracting(x -> x.from() + ">" + x.to())
        .containsExactly("a>c", "b>c", "b>b", "a>b");
    assertThat(b.activitiesByTotal())
        .extracting(x -> x.to() + ":" + x.waiting().total() / S)
        .containsExactly("c:160", "b:30");
    assertThat(b.activitiesByTotal().get(0).isTransition()).isFalse();
  }

  @Test
  void reworkCountsRepeatedActivities() {
    Rework r = Rework.of(log(), 10);
    assertThat(r.cases()).isEqualTo(1);
    assertThat(r.share()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(r.activities()).containsExactly(new ReworkActivity("b", 1, 1));
  }

  @Test
  void reworkIgnoresLifecycleEventsOfOneExecution() {
    EventLogBuilder b = new EventLogBuilder();
    int c = b.caseNumber("1");
    int a = b.activityNumber("a");
    b.add(c, a, 0, -1, b.lifecycleNumber("START"));
    b.add(c, a, 1, -1, b.lifecycleNumber("COMPLETE"));
    assertThat(Rework.of(b.build(), 10).cases()).isZero();
  }

  @Test
  void processingTimesPairStartsAndCompletionsFirstInFirstOut() {
    EventLogBuilder b = new EventLogBuilder();
    int c = b.caseNumber("1");
    int a = b.activityNumber("a");
    int x = b.activityNumber("x");
    int start = b.lifecycleNumber("start");
    int complete = b.lifecycleNumber("complete");
    b.add(c, a, 0, -1, start);
    b.add(c, a, 10 * S, -1, start);
    b.add(c, x, 12 * S, -1, complete);
    b.add(c, a, 30 * S, -1, complete);
    b.add(c, a, 35 * S, -1, complete);
    b.add(c, a, 50 * S, -1, complete);
    b.add(c, a, 60 * S, -1, start);
    b.add(c, a, 70 * S, -1, complete);
    List<ProcessingTime> p = ProcessingTimes.of(b.build(), 10);
    assertThat(p).hasSize(1);
    assertThat(p.get(0).activity()).isEqualTo("a");
    // 0 → 30, 10 → 35, 60 → 70; the completion at 50 has no open start.
    assertThat(p.get(0).processing().count()).isEqualTo(3);
    assertThat(p.get(0).processing().total()).isEqualTo(65 * S);
    assertThat(ProcessingTimes.of(log(), 10)).isEmpty();
  }

  @Test
  void resourcesWorkloadAndHandovers() {
    Resources r = Resources.of(log(), 10);
    assertThat(r.resources()).isEqualTo(3);
    assertThat(r.eventsWithoutResource()).isEqualTo(1);
    assertThat(r.workload())
        .containsExactly(
            new ResourceLoad("X", 4, 3, 2),
            new ResourceLoad("Y", 3, 2, 2),
            new ResourceLoad("Z", 1, 1, 1));
    // Case 1: X→Y; case 2: X→Y, Y→Z, Z→X; case 3: the event without resource hands nothing.
    assertThat(r.handovers()).isEqualTo(4);
    assertThat(r.topHandovers().get(0)).isEqualTo(new Handover("X", "Y", 2));
  }

  @Test
  void percentilesInterpolateLikeNumpy() {
    DurationStats d = DurationStats.of(new long[] {4, 1, 3, 2});
    assertThat(d.median()).isEqualTo(2.5);
    assertThat(d.p90()).isCloseTo(3.7, within(1e-9));
    assertThat(d.total()).isEqualTo(10);
    assertThat(DurationStats.of(new long[0])).isEqualTo(DurationStats.EMPTY);
  }

  @Test
  void reportAssemblesTheSameWithOrWithoutParallelism() {
    var imported = new org.flowbook.mining.log.ImportResult(log(), List.of(), 0);
    MiningReport one = MiningAnalysis.analyze("x", false, imported, new AnalysisOptions(5, false));
    MiningReport two = MiningAnalysis.analyze("x", false, imported, new AnalysisOptions(5, true));
    assertThat(two).usingRecursiveComparison().isEqualTo(one);
    assertThat(one.summary().span()).isEqualTo(100 * S);
  }
}
