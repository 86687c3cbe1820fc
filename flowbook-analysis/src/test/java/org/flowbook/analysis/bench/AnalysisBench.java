package org.flowbook.analysis.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.analysis.AnalysisOptions;
import org.flowbook.analysis.Analyzer;
import org.flowbook.analysis.diff.DiffAnalyzer;
import org.flowbook.analysis.metrics.FlowAnalyzer;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.testkit.RandomModels;

/**
 * A small benchmark of the analysis, run by hand (not a test): prints a table of median times for
 * random processes of growing size. Run with {@code mvn -q -o -pl flowbook-analysis -am
 * test-compile exec:java} or from an IDE; the figures are in the module README.
 */
public final class AnalysisBench {
  private AnalysisBench() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
    System.out.printf(Locale.ROOT, "seed %d%n", seed);
    System.out.printf(
        Locale.ROOT,
        "%-10s %8s %14s %14s %14s%n",
        "steps",
        "states",
        "metrics ms",
        "check+all ms",
        "diff ms");
    for (int size : new int[] {10, 50, 200, 1000, 3000}) {
      RandomModels r = new RandomModels(seed + size);
      Process p = r.process("bench", size, List.of());
      Workspace ws = new Workspace(r.organization(), List.of(p));
      double metrics = median(() -> new FlowAnalyzer(ws).analyze(p));
      AnalysisOptions options =
          AnalysisOptions.defaults(Language.SV, LocalDate.of(2026, 1, 1))
              .withVolume(Optional.of(100.0));
      double all = median(() -> Analyzer.analyze(ws, List.of(p), List.of(), true, options));
      double diff = median(() -> new DiffAnalyzer(ws).compare(p, p, Optional.of(100.0)));
      System.out.printf(
          Locale.ROOT,
          "%-10d %8d %14.2f %14.2f %14.2f%n",
          size,
          p.steps().size(),
          metrics,
          all,
          diff);
    }
  }

  private static double median(Runnable r) {
    long warm = System.nanoTime();
    while (System.nanoTime() - warm < 300_000_000L) {
      r.run();
    }
    double[] ms = new double[7];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      r.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    java.util.Arrays.sort(ms);
    return ms[ms.length / 2];
  }
}
