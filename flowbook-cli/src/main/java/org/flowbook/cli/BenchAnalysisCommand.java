package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowbook.analysis.bench.AnalysisBenchmark;
import org.flowbook.notation.LoadedWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flowbook bench analysis}: times the analysis on a workspace and on synthetic processes.
 */
@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description = {
      "Times flow metrics, the full analysis (check, metrics, capacity,",
      "workspace load) and a diff on WORKSPACE, then on synthetic processes of",
      "growing size with its roles; prints the median time in milliseconds."
    },
    footer = {"", "Example:", "  flowbook bench analysis examples/ --runs 7"})
final class BenchAnalysisCommand implements Callable<Integer> {
  private static final BenchTable TABLE =
      new BenchTable()
          .column("subject", "%-22s")
          .column("processes", "%9d")
          .column("steps", "%7d")
          .column("metrics ms", "%11.2f")
          .column("analyze ms", "%11.2f")
          .column("diff ms", "%11.2f");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "WORKSPACE", description = "A workspace folder (e.g. examples/).")
  Path workspace;

  @Mixin BenchRuns runs = new BenchRuns(5, 3);

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "10,100,500,1000,3000",
      description = "Steps of the synthetic processes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the synthetic processes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    int warmup = runs.warmup;
    int measured = runs.runs;
    if (measured < 1 || warmup < 0 || sizes.stream().anyMatch(s -> s < 1 || s > 20_000)) {
      throw new ParameterException(
          spec.commandLine(), "--runs must be >= 1, --warmup >= 0, sizes 1..20000");
    }
    LoadedWorkspace ws = Inputs.load(spec, workspace, null);
    PrintWriter out = spec.commandLine().getOut();
    out.println(runs.describe(seed));
    out.println(TABLE.header());
    print(out, AnalysisBenchmark.measure(workspace.toString(), ws.workspace(), warmup, measured));
    for (int size : sizes) {
      print(
          out,
          AnalysisBenchmark.measure(
              "synthetic " + size,
              AnalysisBenchmark.synthetic(ws.workspace(), size, seed),
              warmup,
              measured));
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, AnalysisBenchmark.Row r) {
    out.println(
        TABLE.row(r.subject(), r.processes(), r.steps(), r.metricsMs(), r.analyzeMs(), r.diffMs()));
  }
}
