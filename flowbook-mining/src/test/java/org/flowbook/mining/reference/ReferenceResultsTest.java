package org.flowbook.mining.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flowbook.mining.analysis.AnalysisOptions;
import org.flowbook.mining.analysis.CaseDurations;
import org.flowbook.mining.analysis.DfgEdge;
import org.flowbook.mining.analysis.DirectlyFollowsGraph;
import org.flowbook.mining.analysis.DurationStats;
import org.flowbook.mining.analysis.LogSummary;
import org.flowbook.mining.analysis.MiningAnalysis;
import org.flowbook.mining.analysis.MiningReport;
import org.flowbook.mining.analysis.VariantReport;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.mining.report.ReportFormat;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reproduces PM4Py's reference results (REFERENCE.md, pm4py-reference.jsonl) for every shared log,
 * from the XES file and from its CSV copy, with PM4Py's wall-clock timestamps: counts, variants and
 * DFG edge frequencies exactly, durations to the millisecond.
 */
class ReferenceResultsTest {
  /** Reference values are seconds rounded to milliseconds; ours are exact milliseconds. */
  private static final double SECONDS = 0.0011;

  static Stream<Arguments> logs() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode r : Pm4pyReference.canonical()) {
      String name = r.get("log").asText();
      cases.add(Arguments.of(name, name, r));
      if (r.path("csv_written").asBoolean(false)) {
        String csv = name.replaceFirst("\\.xes(\\.gz)?$", ".csv");
        cases.add(Arguments.of(csv, name, r));
      }
      if (name.equals("Sepsis.xes.gz")) {
        // The same log as a real-world style export: ';', 34 columns, 'Z' timestamps, NA cells.
        cases.add(Arguments.of("sepsis_mannhardt.csv", name, r));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("logs")
  void reproducesPm4py(String file, String reference, JsonNode r) throws Exception {
    Path path = SharedData.require("logs/" + file);
    ImportResult imported = EventLogs.read(path, ImportOptions.DEFAULT.withWallClock(true));
    EventLog log = imported.log();
    assertThat(imported.skipped()).as("skipped rows").isZero();

    JsonNode stats = r.get("stats");
    LogSummary summary = LogSummary.of(log);
    assertThat(summary.cases()).as("cases").isEqualTo(stats.get("cases").asInt());
    assertThat(summary.events()).as("events").isEqualTo(stats.get("events").asInt());
    assertThat(summary.activities()).as("activities").isEqualTo(stats.get("activities").asInt());
    if (stats.has("resources") && !file.equals("sepsis_mannhardt.csv")) {
      assertThat(summary.resources()).as("resources").isEqualTo(stats.get("resources").asInt());
    }
    assertThat(Instant.ofEpochMilli(summary.first()))
        .as("first timestamp")
        .isEqualTo(pandasTime(stats.get("first_timestamp").asText()));
    assertThat(Instant.ofEpochMilli(summary.last()))
        .as("last timestamp")
        .isEqualTo(pandasTime(stats.get("last_timestamp").asText()));

    DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log);
    JsonNode d = r.get("dfg");
    assertThat(dfg.edges()).as("DFG edges").hasSize(d.get("edges").asInt());
    assertThat(dfg.totalFrequency())
        .as("sum of edge frequencies")
        .isEqualTo(d.get("total_edge_frequency").asLong())
        .isEqualTo((long) summary.events() - summary.cases());
    assertThat(dfg.starts()).as("start activities").hasSize(d.get("start_activities").asInt());
    assertThat(dfg.ends()).as("end activities").hasSize(d.get("end_activities").asInt());
    assertThat(dfg.edges().stream().filter(e -> e.from().equals(e.to())).count())
        .as("self-loops")
        .isEqualTo(d.get("self_loops").asLong());
    Map<String, DfgEdge> edges = new HashMap<>();
    dfg.edges().forEach(e -> edges.put(e.from() + " -> " + e.to(), e));
    for (JsonNode top : d.get("top5_edges_by_frequency")) {
      String key = top.get(0).asText() + " -> " + top.get(1).asText();
      assertThat(edges).as("edge " + key).containsKey(key);
      assertThat(edges.get(key).frequency())
          .as("frequency of " + key)
          .isEqualTo(top.get(2).asLong());
    }
    // The five most frequent edges carry the reference's five frequencies.
    assertThat(dfg.edges().subList(0, 5).stream().map(DfgEdge::frequency).toList())
        .isEqualTo(stream(d.get("top5_edges_by_frequency")).map(t -> t.get(2).asLong()).toList());

    JsonNode perf = r.get("perf_dfg");
    for (JsonNode top : perf.get("top5_by_mean_waiting_s")) {
      String key = top.get(0).asText() + " -> " + top.get(1).asText();
      DurationStats w = edges.get(key).waiting();
      assertThat(w.mean() / 1000)
          .as("mean wait " + key)
          .isCloseTo(top.get(2).asDouble(), within(SECONDS));
      assertThat(w.median() / 1000)
          .as("median wait " + key)
          .isCloseTo(top.get(3).asDouble(), within(SECONDS));
      assertThat(w.count()).as("count " + key).isEqualTo(top.get(4).asLong());
    }
    List<Double> ourTopMeans =
        dfg.edges().stream()
            .map(e -> e.waiting().mean() / 1000)
            .sorted(Comparator.reverseOrder())
            .limit(5)
            .toList();
    List<Double> theirTopMeans =
        stream(perf.get("top5_by_mean_waiting_s")).map(t -> t.get(2).asDouble()).toList();
    for (int i = 0; i < 5; i++) {
      assertThat(ourTopMeans.get(i))
          .as("top mean #" + (i + 1))
          .isCloseTo(theirTopMeans.get(i), within(SECONDS));
    }

    VariantReport variants = VariantReport.of(log, 10);
    JsonNode v = r.get("variants");
    assertThat(variants.count()).as("variants").isEqualTo(v.get("count").asInt());
    assertThat(variants.singletons())
        .as("singleton variants")
        .isEqualTo(v.get("singleton_variants").asInt());
    assertThat(variants.top().get(0).cases())
        .as("top-1 cases")
        .isEqualTo(v.get("top1_cases").asLong());
    assertThat(variants.top().stream().mapToLong(x -> x.cases()).sum())
        .as("top-10 cases")
        .isEqualTo(v.get("top10_cases").asLong());
    assertThat(log.traceVariants().cases()).isEqualTo(summary.cases());

    DurationStats durations = CaseDurations.stats(log);
    JsonNode cd = r.get("case_duration_s");
    assertThat(durations.mean() / 1000)
        .as("mean case duration")
        .isCloseTo(cd.get("mean").asDouble(), within(SECONDS));
    assertThat(durations.median() / 1000)
        .as("median case duration")
        .isCloseTo(cd.get("median").asDouble(), within(SECONDS));
    assertThat(durations.min() / 1000.0)
        .as("min case duration")
        .isCloseTo(cd.get("min").asDouble(), within(SECONDS));
    assertThat(durations.max() / 1000.0)
        .as("max case duration")
        .isCloseTo(cd.get("max").asDouble(), within(SECONDS));

    fullReportRendersAndAgrees(file, imported);
  }

  /** The whole report renders on every shared log, and its parts agree with each other. */
  private static void fullReportRendersAndAgrees(String file, ImportResult imported) {
    MiningReport report = MiningAnalysis.analyze(file, true, imported, AnalysisOptions.DEFAULT);
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(f.render(report)).as(f.name()).contains(file);
    }
    int cases = report.summary().cases();
    assertThat(report.rework().cases()).isBetween(0L, (long) cases);
    assertThat(report.variants().top().get(report.variants().top().size() - 1).coverage())
        .isLessThanOrEqualTo(1.0 + 1e-9);
    assertThat(report.caseDurations().count()).isEqualTo(cases);
    report.processing().forEach(p -> assertThat(p.processing().min()).isNotNegative());
    report
        .bottlenecks()
        .activitiesByTotal()
        .forEach(b -> assertThat(b.waiting().min()).isNotNegative());
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list.stream();
  }

  /** "2010-12-30 11:02:00+00:00" or "2010-10-02 09:20:39.266000+00:00" as pandas prints them. */
  private static Instant pandasTime(String s) {
    String local = s.substring(0, s.length() - "+00:00".length());
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");
    return LocalDateTime.parse(local, f).toInstant(ZoneOffset.UTC);
  }
}
