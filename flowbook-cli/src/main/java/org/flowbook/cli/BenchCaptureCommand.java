package org.flowbook.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbook.capture.bench.CaptureBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flowbook bench capture}: times the import of draw.io drawings by size. */
@Command(
    name = "capture",
    mixinStandardHelpOptions = true,
    description = {
      "Times the import of synthetic draw.io flowcharts (four swimlanes, a question every",
      "sixth shape whose \"ja\" skips ahead) of 100, 500, 2,000 and 10,000 shapes, from the",
      "file's bytes to the mapped process as flowbook convert reads it; prints the median",
      "of the measured runs in milliseconds and the machine's load."
    },
    footer = {"", "Example:", "  flowbook bench capture --runs 5 --sizes 500,10000"})
final class BenchCaptureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Measured runs per size (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "100,500,2000,10000",
      description = "Drawing sizes in shapes (default: ${DEFAULT-VALUE}).")
  int[] sizes;

  @Override
  public Integer call() {
    if (runs < 1 || sizes.length == 0 || Arrays.stream(sizes).anyMatch(s -> s < 2 || s > 50_000)) {
      throw new ParameterException(
          spec.commandLine(), "--runs must be >= 1 and every size within 2..50000");
    }
    double loadBefore = BenchMachine.load();
    List<CaptureBench.Row> rows = CaptureBench.run(sizes, runs);
    PrintWriter out = spec.commandLine().getOut();
    out.println("| shapes | connectors | KiB | steps found | import ms |");
    out.println("|---:|---:|---:|---:|---:|");
    for (CaptureBench.Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %d | %d | %d | %d | %.0f |%n",
          r.shapes(),
          r.connectors(),
          r.kib(),
          r.steps(),
          r.medianMs());
    }
    out.printf(
        Locale.ROOT,
        "%s, load %.1f before and %.1f after; median of %d runs after one warm-up%n",
        BenchMachine.of(),
        loadBefore,
        BenchMachine.load(),
        runs);
    out.flush();
    return 0;
  }
}
