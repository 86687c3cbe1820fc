package org.flowbook.mining.analysis;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.VariantGrouping;

/**
 * Assembles a {@link MiningReport} from an imported log. The directly-follows graph with its
 * bottlenecks and the variants with case durations are independent passes over the columns, so they
 * run on two cores at once; the rest runs meanwhile on the calling thread.
 */
public final class MiningAnalysis {
  private MiningAnalysis() {}

  public static MiningReport analyze(
      String source, boolean wallClock, ImportResult imported, AnalysisOptions options) {
    EventLog log = imported.log();
    int top = options.top();
    CompletableFuture<Flow> flow =
        start(
            options,
            () -> {
              DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log);
              return new Flow(dfg, Bottlenecks.of(log, dfg, top));
            });
    CompletableFuture<Cases> variants =
        start(
            options,
            () -> {
              long[] durations = CaseDurations.of(log);
              VariantReport v = VariantReport.of(log, VariantGrouping.of(log), durations, top);
              return new Cases(v, DurationStats.ofRange(durations, 0, durations.length));
            });
    LogSummary summary = LogSummary.of(log);
    Rework rework = Rework.of(log, top);
    List<ProcessingTime> processing = ProcessingTimes.of(log, top);
    Resources resources = Resources.of(log, top);
    Flow f = join(flow);
    Cases v = join(variants);
    return new MiningReport(
        source,
        wallClock,
        imported.problems(),
        imported.skipped(),
        summary,
        v.durations(),
        v.variants(),
        f.dfg(),
        f.bottlenecks(),
        processing,
        rework,
        resources,
        List.of());
  }

  private record Flow(DirectlyFollowsGraph dfg, Bottlenecks bottlenecks) {}

  private record Cases(VariantReport variants, DurationStats durations) {}

  private static <T> CompletableFuture<T> start(
      AnalysisOptions options, java.util.function.Supplier<T> work) {
    return options.parallel()
        ? CompletableFuture.supplyAsync(work)
        : CompletableFuture.completedFuture(work.get());
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
