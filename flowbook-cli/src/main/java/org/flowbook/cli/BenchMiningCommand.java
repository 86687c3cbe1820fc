package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbook.mining.bench.BenchResult;
import org.flowbook.mining.bench.BenchStep;
import org.flowbook.mining.bench.ConformanceBenchmark;
import org.flowbook.mining.bench.MiningBenchmark;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.mining.petri.PnmlException;
import org.flowbook.notation.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook bench mining}: times import and the default mining analyses on one log. */
@Command(
    name = "mining",
    mixinStandardHelpOptions = true,
    description =
        "Times the mining pipeline on LOG in this process: decompression alone (what zcat does),"
            + " import (and, for XES, import with the JDK's StAX reader for comparison), variants,"
            + " DFG, performance DFG, case durations and the full report; then the whole command"
            + " `flowbook mine LOG` in a new JVM each run, start-up included. Prints the median,"
            + " fastest and slowest of the measured runs and the peak memory.",
    footer = {
      "",
      "Example:",
      "  flowbook bench mining ../shared/data/logs/bpic2012.xes.gz --runs 5",
      "  flowbook bench mining ../shared/data/logs/bpic2012.xes.gz \\",
      "      --model ../shared/data/models/bpic2012_im.pnml"
    })
final class BenchMiningCommand implements Callable<Integer> {
  private static final String[] STEPS = {
    "decompress",
    "import",
    "variants",
    "DFG",
    "performance DFG",
    "case durations",
    "report",
    "whole process",
    ""
  };

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LOG", description = "The event log to measure with.")
  Path log;

  @Mixin BenchRuns bench = new BenchRuns(5, 2);

  @Mixin LogOptions logOptions;

  @Option(
      names = "--model",
      paramLabel = "PNML",
      description =
          "Also time discovery (IM, IMf 0.2) and token replay and alignments against this Petri"
              + " net (repeatable).")
  List<Path> models = new ArrayList<>();

  @Option(
      names = "--model-runs",
      defaultValue = "1",
      description = "Measured runs of discovery and conformance (default: ${DEFAULT-VALUE}).")
  int modelRuns;

  @Override
  public Integer call() {
    bench.check(spec);
    int runs = bench.runs;
    int warmup = bench.warmup;
    PrintWriter out = spec.commandLine().getOut();
    ProgressBar bar =
        new ProgressBar(spec.commandLine().getErr(), "Benchmarking", Terminal.interactive());
    BenchResult r;
    try {
      r =
          MiningBenchmark.run(
              log, logOptions.toImportOptions(spec), warmup, runs, i -> bar.step(STEPS[i]));
    } catch (LogImportException e) {
      bar.done();
      Diagnostics d = new Diagnostics(f -> null, Terminal.colors());
      e.problems().forEach(p -> spec.commandLine().getErr().print(d.render(p)));
      return 1;
    }
    try {
      bar.step(STEPS[7]);
      r = r.with(WholeProcessTiming.mine(log, runs));
    } catch (IOException e) {
      bar.done();
      spec.commandLine().getErr().println("flowbook bench: cannot time the whole process: " + e);
      return 1;
    }
    bar.done();
    if (!models.isEmpty()) {
      try {
        r =
            r.with(
                ConformanceBenchmark.run(
                    EventLogs.read(log, logOptions.toImportOptions(spec)).log().traceVariants(),
                    models,
                    Math.max(1, modelRuns)));
      } catch (LogImportException | IOException | PnmlException e) {
        spec.commandLine()
            .getErr()
            .println("flowbook bench: cannot time the models: " + e.getMessage());
        return 1;
      }
    }
    out.println(table(r));
    out.flush();
    return 0;
  }

  static String table(BenchResult r) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%s: %,d events, %,d cases; median of %d runs after %d warm-up runs (ms)%n",
            r.log(),
            r.events(),
            r.cases(),
            r.runs(),
            r.warmup()));
    s.append(String.format(Locale.ROOT, "%-44s %10s %10s %10s%n", "step", "median", "min", "max"));
    for (BenchStep step : r.steps()) {
      s.append(
          String.format(
              Locale.ROOT,
              "%-44s %10.1f %10.1f %10.1f%n",
              step.name(),
              step.median(),
              step.min(),
              step.max()));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "peak heap used: %,d MiB; peak resident memory (VmHWM): %s%n",
            r.peakHeapBytes() >> 20,
            r.peakRssBytes() == 0
                ? "unknown"
                : String.format(Locale.ROOT, "%,d MiB", r.peakRssBytes() >> 20)));
    s.append(BenchMachine.withMaxHeap());
    return s.toString();
  }
}
