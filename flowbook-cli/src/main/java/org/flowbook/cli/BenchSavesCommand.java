package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.flowbook.repository.bench.SaveBench;
import org.flowbook.repository.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flowbook bench saves}: durable saves per second on H2 or PostgreSQL. */
@Command(
    name = "saves",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how many saves per second the process library takes when each commit is on",
      "disk before the save returns: writers save new versions of their own copy of the demo's",
      "purchase-approval process. Runs on a new H2 database in a temporary folder (deleted",
      "afterwards), or on an EMPTY PostgreSQL database given with --db."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook bench saves",
      "  flowbook bench saves --writers 8 --seconds 20",
      "  flowbook bench saves --db 'jdbc:postgresql://localhost/flowbook_bench?user=fb&password=…'"
    })
final class BenchSavesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--writers",
      defaultValue = "4",
      description = "Concurrent writers (default: ${DEFAULT-VALUE}).")
  int writers;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Measured seconds after a 2 s warm-up (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description = "An empty PostgreSQL database instead of a temporary H2 one.")
  String db;

  @Override
  public Integer call() throws Exception {
    if (writers < 1 || writers > 64 || seconds < 1 || seconds > 600) {
      throw new ParameterException(
          spec.commandLine(), "--writers must be within 1..64 and --seconds within 1..600");
    }
    Path workspace =
        ServeCommand.demoWorkspace()
            .orElseThrow(
                () -> new IllegalStateException("the demo workspace (examples/) was not found"));
    Path tmp = db == null ? Files.createTempDirectory("flowbook-bench-saves") : null;
    try {
      String url = db != null ? db : Database.h2Url(tmp);
      SaveBench.Result r =
          SaveBench.run(url, workspace, "purchase-approval", writers, Duration.ofSeconds(seconds));
      PrintWriter out = spec.commandLine().getOut();
      out.println("| database | writers | saves | seconds | saves/s |");
      out.println("|---|---:|---:|---:|---:|");
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.1f | %.1f |%n",
          db == null ? "H2 (embedded)" : "PostgreSQL",
          r.writers(),
          r.saves(),
          r.measured().toMillis() / 1000.0,
          r.perSecond());
      out.printf(
          Locale.ROOT,
          "%s; every save committed and on disk before it returned%n",
          BenchMachine.of());
      out.flush();
      return 0;
    } finally {
      if (tmp != null) {
        try (Stream<Path> files = Files.walk(tmp)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
