package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.ModelCompiler;
import org.flowbook.simulation.engine.ReplicationResult;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.Simulation;
import org.flowbook.simulation.engine.SimulationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook bench simulation}: events per second and time for a number of cases. */
@Command(
    name = "simulation",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates CASES cases of WORKSPACE (spread evenly over its processes with a",
      "volume, each run until every case has ended) in one replication, RUNS times",
      "after WARMUP unmeasured runs; prints events, the median time and events per",
      "second. Time the whole process with `time ./flowbook bench simulation ...`."
    },
    footer = {"", "Example:", "  flowbook bench simulation examples/ --cases 100000 --runs 3"})
final class BenchSimulationCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "WORKSPACE", description = "A workspace folder (e.g. examples/).")
  Path workspace;

  @Option(
      names = "--cases",
      defaultValue = "100000",
      description = "Cases in all (default: ${DEFAULT-VALUE}).")
  long cases;

  @Mixin BenchRuns bench = new BenchRuns(3, 1);

  @Override
  public Integer call() {
    int runs = bench.runs;
    int warmup = bench.warmup;
    if (cases < 1 || runs < 1 || warmup < 0) {
      throw new ParameterException(
          spec.commandLine(), "--cases and --runs must be >= 1, --warmup >= 0");
    }
    LoadedWorkspace ws = Inputs.load(spec, workspace, null);
    LocalDate from = LocalDate.of(2027, 1, 4);
    SimModel model = new ModelCompiler(CompileOptions.defaults(from)).compile(ws.workspace());
    long withVolume = model.processes().stream().filter(p -> p.arrivals() != null).count();
    if (withVolume == 0) {
      throw new ParameterException(
          spec.commandLine(), "no process of " + workspace + " has a volume");
    }
    long perProcess = (cases + withVolume - 1) / withVolume;
    SimulationRequest request =
        new SimulationRequest(from, from, Duration.ZERO, 1, 1, perProcess, 10_000_000);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%d processes with a volume, %d cases each, %s%n",
        withVolume,
        perProcess,
        BenchMachine.of());
    for (int i = 0; i < warmup; i++) {
      Simulation.run(model, request);
    }
    long[] ns = new long[runs];
    long events = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      List<ReplicationResult> r = Simulation.run(model, request);
      ns[i] = System.nanoTime() - t0;
      events = r.get(0).events();
    }
    java.util.Arrays.sort(ns);
    double ms = ns[runs / 2] / 1e6;
    out.printf(Locale.ROOT, "%-12s %12s %12s %14s%n", "cases", "events", "median ms", "events/s");
    out.printf(
        Locale.ROOT,
        "%-12d %12d %12.1f %14.0f%n",
        perProcess * withVolume,
        events,
        ms,
        events / (ms / 1000));
    out.flush();
    return 0;
  }
}
