package org.flowbook.analysis.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.AnalysisOptions;
import org.flowbook.analysis.Analyzer;
import org.flowbook.analysis.diff.DiffAnalyzer;
import org.flowbook.analysis.metrics.FlowAnalyzer;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * Times the analysis: flow metrics of each process, the full analysis (check, metrics, capacity,
 * workspace load) and a diff of each process with itself. Median of the measured runs after
 * warm-up; no output of its own (the CLI prints the rows).
 */
public final class AnalysisBenchmark {
  /** One measured subject, times in milliseconds (medians). */
  public record Row(
      String subject,
      int processes,
      int steps,
      double metricsMs,
      double analyzeMs,
      double diffMs) {}

  private AnalysisBenchmark() {}

  public static Row measure(String subject, Workspace ws, int warmup, int runs) {
    List<Process> processes = ws.processes();
    int steps = processes.stream().mapToInt(p -> p.steps().size()).sum();
    AnalysisOptions options = AnalysisOptions.defaults(Language.EN, LocalDate.of(2026, 1, 1));
    double metrics =
        median(
            warmup,
            runs,
            () -> {
              FlowAnalyzer a = new FlowAnalyzer(ws);
              processes.forEach(a::analyze);
            });
    double all =
        median(warmup, runs, () -> Analyzer.analyze(ws, processes, List.of(), true, options));
    double diff =
        median(
            warmup,
            runs,
            () -> {
              DiffAnalyzer d = new DiffAnalyzer(ws);
              processes.forEach(p -> d.compare(p, p, Optional.of(100.0)));
            });
    return new Row(subject, processes.size(), steps, metrics, all, diff);
  }

  /** A workspace of one synthetic process of {@code size} steps with the given roles. */
  public static Workspace synthetic(Workspace base, int size, long seed) {
    List<String> roles = base.organization().roles().stream().map(r -> r.name()).toList();
    if (roles.isEmpty()) {
      roles = List.of("A", "B", "C");
    }
    return base.withProcesses(List.of(SyntheticProcess.of(size, seed, roles)));
  }

  private static double median(int warmup, int runs, Runnable r) {
    for (int i = 0; i < warmup; i++) {
      r.run();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      r.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }
}
