package org.flowbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbook.diagram.bench.DiagramBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flowbook bench diagram}: times flowchart layout, SVG and PNG by process size. */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = {
      "Times the flowchart layout, SVG rendering and PNG rasterizing of synthetic processes",
      "(a main path over eight roles, a decision every sixth step, loops) of 10, 100 and 1,000",
      "steps; prints the median of the measured runs in milliseconds."
    },
    footer = {"", "Example:", "  flowbook bench diagram --runs 5"})
final class BenchDiagramCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--runs",
      defaultValue = "5",
      description = "Measured runs per size (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "10,100,1000",
      description = "Process sizes in steps (default: ${DEFAULT-VALUE}).")
  int[] sizes;

  @Override
  public Integer call() {
    if (runs < 1
        || sizes.length == 0
        || java.util.Arrays.stream(sizes).anyMatch(s -> s < 1 || s > 5000)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--runs must be >= 1 and every size within 1..5000");
    }
    List<DiagramBench.Row> rows = DiagramBench.run(sizes, runs, 100);
    PrintWriter out = spec.commandLine().getOut();
    out.println("| steps | flows | lanes | layout ms | SVG ms | SVG KiB | PNG ms (scale 1) |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (DiagramBench.Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %d | %d | %d | %.1f | %.1f | %d | %s |%n",
          r.steps(),
          r.flows(),
          r.lanes(),
          r.layoutMs(),
          r.svgMs(),
          r.svgKib(),
          Double.isNaN(r.pngMs()) ? "–" : String.format(Locale.ROOT, "%.0f", r.pngMs()));
    }
    out.printf(Locale.ROOT, "%s; median of %d runs after one warm-up%n", BenchMachine.of(), runs);
    out.flush();
    return 0;
  }
}
