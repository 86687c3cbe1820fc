package org.flowbook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.flowbook.people.bench.CoverageBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flowbook bench people}: times the coverage of a year, by day, of a large organization. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a synthetic organization (people with roles, shares, part-time and",
      "personal deputies; roles with deputies; processes with volumes; a year of",
      "absences; five training records a person) and times the coverage of 2027 by",
      "day with the stand-ins checked against the records, in process after warm-up."
    },
    footer = {"", "Example:", "  flowbook bench people --people 2000 --roles 300 --processes 200"})
final class BenchPeopleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BenchOrganization size = new BenchOrganization(2000, 300, 200, 10);

  @Mixin BenchRuns runs = new BenchRuns(5, 3);

  @Override
  public Integer call() {
    runs.check(spec);
    if (!size.positive()
        || size.people > 200_000
        || size.roles > 20_000
        || size.processes * (long) size.steps > 2_000_000) {
      throw new ParameterException(spec.commandLine(), "sizes must be positive and reasonable");
    }
    PrintWriter out = spec.commandLine().getOut();
    CoverageBenchmark.Subject s =
        CoverageBenchmark.synthetic(size.people, size.roles, size.processes, size.steps, size.seed);
    CoverageBenchmark.Row r = CoverageBenchmark.measure(s, runs.warmup, runs.runs);
    BenchTable table =
        new BenchTable()
            .column("people", "%7d")
            .column("roles", "%6d")
            .column("processes", "%9d")
            .column("steps", "%6d")
            .column("absences", "%8d")
            .column("records", "%8d")
            .column("median ms", "%10.1f")
            .column("min ms", "%8.1f")
            .column("cpu ms", "%8.1f")
            .column("uncovered", "%10d")
            .column("untrained", "%10d");
    out.println(runs.describe(size.seed));
    out.println(table.header());
    out.println(
        table.row(
            r.people(),
            r.roles(),
            r.processes(),
            r.steps(),
            r.absences(),
            r.records(),
            r.medianMs(),
            r.minMs(),
            r.medianCpuMs(),
            r.uncoveredSteps(),
            r.untrainedStandIns()));
    out.flush();
    return 0;
  }
}
