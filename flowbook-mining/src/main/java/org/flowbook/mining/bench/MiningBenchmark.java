package org.flowbook.mining.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.flowbook.mining.analysis.AnalysisOptions;
import org.flowbook.mining.analysis.CaseDurations;
import org.flowbook.mining.analysis.DirectlyFollowsGraph;
import org.flowbook.mining.analysis.MiningAnalysis;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.VariantGrouping;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.mining.log.files.LogFormat;
import org.flowbook.mining.log.io.LogInput;
import org.flowbook.mining.log.xes.XesReader;

/**
 * Times the steps of the default mining pipeline on one log, in process: decompression alone (the
 * {@code zcat} yardstick), import (two threads and one), variants, DFG, performance DFG, case
 * durations and the whole report. Each step runs {@code warmup} times unmeasured, then {@code runs}
 * times measured; the median is what to quote.
 */
public final class MiningBenchmark {
  private MiningBenchmark() {}

  /**
   * Runs the benchmark; {@code progress} is told the number of each step as it starts.
   *
   * @throws LogImportException when the log cannot be imported
   */
  public static BenchResult run(
      Path file, ImportOptions options, int warmup, int runs, IntConsumer progress)
      throws LogImportException {
    List<BenchStep> steps = new ArrayList<>();
    ImportResult imported = EventLogs.read(file, options);
    EventLog log = imported.log();
    int step = 0;
    progress.accept(step++);
    steps.add(time("decompress only (zcat)", warmup, runs, () -> drain(file, options)));
    progress.accept(step++);
    steps.add(time("import", warmup, runs, () -> importQuietly(file, options)));
    if (LogFormat.of(file).orElse(LogFormat.CSV) == LogFormat.XES) {
      steps.add(
          time(
              "import with StAX instead (for comparison)",
              warmup,
              runs,
              () -> {
                try {
                  XesReader.withStax(file, options);
                } catch (LogImportException e) {
                  throw new IllegalStateException(e.getMessage(), e);
                }
              }));
    }
    progress.accept(step++);
    steps.add(time("variants", warmup, runs, () -> VariantGrouping.of(log)));
    progress.accept(step++);
    steps.add(time("DFG", warmup, runs, () -> DirectlyFollowsGraph.of(log, false)));
    progress.accept(step++);
    steps.add(time("performance DFG", warmup, runs, () -> DirectlyFollowsGraph.of(log, true)));
    progress.accept(step++);
    steps.add(time("case durations", warmup, runs, () -> CaseDurations.stats(log)));
    progress.accept(step++);
    steps.add(
        time(
            "full report (all analyses)",
            warmup,
            runs,
            () ->
                MiningAnalysis.analyze(
                    file.getFileName().toString(),
                    options.wallClock(),
                    imported,
                    AnalysisOptions.DEFAULT)));
    return new BenchResult(
        file.toString(), log.events(), log.cases(), runs, warmup, steps, peakHeap(), peakRss());
  }

  private static BenchStep time(String name, int warmup, int runs, Runnable work) {
    for (int i = 0; i < warmup; i++) {
      work.run();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    return new BenchStep(name, ms);
  }

  private static void drain(Path file, ImportOptions options) {
    byte[] buf = new byte[1 << 16];
    try (InputStream in = LogInput.open(file, options, false, false)) {
      while (in.read(buf) >= 0) {
        // Only the decompression is measured.
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void importQuietly(Path file, ImportOptions options) {
    try {
      EventLogs.read(file, options);
    } catch (LogImportException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long peakRss() {
    Path status = Path.of("/proc/self/status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring(6).trim().split("\\s+")[0];
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: peak RSS is unknown.
    }
    return 0;
  }
}
