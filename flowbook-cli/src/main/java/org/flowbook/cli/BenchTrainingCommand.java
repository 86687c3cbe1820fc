package org.flowbook.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.flowbook.training.bench.TrainingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flowbook bench training}: times the training matrix of a large organization. */
@Command(
    name = "training",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a synthetic organization (people with one or two roles, processes whose",
      "steps are spread over the roles, a changed second version of every third process,",
      "records for 90 % of the required cells) and times building the training matrix",
      "(curricula, diffs, staleness, validity) and rendering it as HTML, after warm-up."
    },
    footer = {"", "Example:", "  flowbook bench training --people 5000 --processes 300"})
final class BenchTrainingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BenchOrganization size = new BenchOrganization(5000, 200, 300, 10);

  @Mixin BenchRuns runs = new BenchRuns(5, 3);

  @Override
  public Integer call() {
    runs.check(spec);
    if (!size.positive()
        || size.people > 100_000
        || size.processes > 5_000
        || size.roles > 20_000
        || size.steps > 200) {
      throw new ParameterException(spec.commandLine(), "sizes must be positive and reasonable");
    }
    PrintWriter out = spec.commandLine().getOut();
    TrainingBenchmark.Subject s =
        TrainingBenchmark.synthetic(size.people, size.processes, size.roles, size.steps, size.seed);
    TrainingBenchmark.Row r =
        TrainingBenchmark.measure(s, runs.warmup, runs.runs, LocalDate.of(2027, 6, 1));
    BenchTable table =
        new BenchTable()
            .column("people", "%7d")
            .column("processes", "%9d")
            .column("records", "%8d")
            .column("cells", "%9d")
            .column("median ms", "%10.1f")
            .column("min ms", "%8.1f")
            .column("median cpu ms", "%13.1f")
            .column("stale", "%7d")
            .column("expired", "%8d")
            .column("missing", "%8d");
    out.println(runs.describe(size.seed));
    out.println(table.header());
    out.println(
        table.row(
            r.people(),
            r.processes(),
            r.records(),
            r.cells(),
            r.medianMs(),
            r.minMs(),
            r.medianCpuMs(),
            r.stale(),
            r.expired(),
            r.missing()));
    out.flush();
    return 0;
  }
}
