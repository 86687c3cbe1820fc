package org.flowbook.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbook.handbook.Handbooks;
import org.flowbook.handbook.ManualRequest;
import org.flowbook.handbook.OutputFormat;
import org.flowbook.model.Workspace;
import org.flowbook.notation.LoadedWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook bench handbook}: times the whole organization handbook in every format. */
@Command(
    name = "handbook",
    mixinStandardHelpOptions = true,
    description = {
      "Times writing the whole organization handbook of WORKSPACE (with flowcharts) in each",
      "format: HTML, PDF, DOCX and Markdown; prints the median, fastest and slowest of the",
      "measured runs and the size of the file."
    },
    footer = {"", "Example:", "  flowbook bench handbook examples/ --runs 3"})
final class BenchHandbookCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "WORKSPACE",
      defaultValue = "examples",
      description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Mixin BenchRuns bench = new BenchRuns(3, 1);

  @Override
  public Integer call() throws Exception {
    bench.check(spec);
    int runs = bench.runs;
    int warmup = bench.warmup;
    LoadedWorkspace loaded = Inputs.load(spec, workspace, null);
    if (loaded.hasErrors()) {
      spec.commandLine()
          .getErr()
          .println("the workspace has errors; run flowbook check " + workspace);
      return 1;
    }
    Workspace ws = loaded.workspace();
    Handbooks handbooks = new Handbooks(CliFlowcharts.get());
    ProgressBar bar =
        new ProgressBar(spec.commandLine().getErr(), "Benchmarking", Terminal.interactive());
    List<String> rows = new ArrayList<>();
    for (OutputFormat format : OutputFormat.values()) {
      bar.step(format.name());
      ManualRequest request = ManualRequest.organization(format);
      long size = 0;
      double[] ms = new double[runs];
      for (int i = 0; i < warmup + runs; i++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        handbooks.write(ws, request, out);
        long took = System.nanoTime() - start;
        if (i >= warmup) {
          ms[i - warmup] = took / 1e6;
        }
        size = out.size();
      }
      Arrays.sort(ms);
      rows.add(
          String.format(
              Locale.ROOT,
              "%-10s %10.0f %10.0f %10.0f %10d",
              format.name(),
              ms[ms.length / 2],
              ms[0],
              ms[ms.length - 1],
              size / 1024));
    }
    bar.done();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%s: %d processes; organization handbook with flowcharts, median of %d runs after %d warm-up (ms)%n",
        workspace,
        ws.processes().size(),
        runs,
        warmup);
    out.printf(
        Locale.ROOT, "%-10s %10s %10s %10s %10s%n", "format", "median", "min", "max", "size kB");
    rows.forEach(out::println);
    out.println(BenchMachine.withMaxHeap());
    out.flush();
    return 0;
  }
}
