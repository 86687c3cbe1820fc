package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbook.model.Process;
import org.flowbook.repository.search.SearchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flowbook bench search}: Lucene per instance against PostgreSQL full-text search. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Measures search the way several server instances would run it (decision 0625): a Lucene",
      "index per instance (build on start, query, replace one process after an edit) and, with",
      "--db, PostgreSQL full-text search with the Swedish and English configurations on the same",
      "documents (in a schema of its own, dropped afterwards). On the demo library and on the",
      "demo's processes copied to --processes."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook bench search",
      "  flowbook bench search --processes 10000 --db 'jdbc:postgresql://localhost/fb?user=fb'"
    })
final class BenchSearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--processes",
      defaultValue = "10000",
      description = "Synthetic processes besides the demo library (default: ${DEFAULT-VALUE}).")
  int processes;

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description = "A PostgreSQL database to measure full-text search on (default: Lucene only).")
  String db;

  @Override
  public Integer call() throws Exception {
    if (processes < 1 || processes > 100_000) {
      throw new ParameterException(spec.commandLine(), "--processes must be within 1..100000");
    }
    Path workspace =
        ServeCommand.demoWorkspace()
            .orElseThrow(
                () -> new IllegalStateException("the demo workspace (examples/) was not found"));
    List<SearchBench.Figures> rows = new ArrayList<>();
    for (int n : new int[] {0, processes}) {
      // First the demo library as it is, then its processes copied to --processes.
      List<Process> corpus = SearchBench.corpus(workspace, n == 0 ? countDemo(workspace) : n);
      rows.add(SearchBench.lucene(corpus));
      if (db != null) {
        rows.add(SearchBench.postgres(corpus, db));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "| engine | processes | documents | build ms | query p50 ms | query p99 ms | update p50 ms |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (SearchBench.Figures f : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f |%n",
          f.engine(),
          f.processes(),
          f.documents(),
          f.buildMs(),
          f.queryMedianMs(),
          f.queryP99Ms(),
          f.updateMedianMs());
    }
    out.printf(
        Locale.ROOT,
        "load average %.2f, %d cores%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    return 0;
  }

  private static int countDemo(Path workspace) throws java.io.IOException {
    try (var s = java.nio.file.Files.list(workspace)) {
      return (int)
          s.filter(f -> f.toString().endsWith(".flow"))
              .filter(
                  f -> {
                    try {
                      return java.nio.file.Files.readString(f).startsWith("process:");
                    } catch (java.io.IOException e) {
                      return false;
                    }
                  })
              .count();
    }
  }
}
