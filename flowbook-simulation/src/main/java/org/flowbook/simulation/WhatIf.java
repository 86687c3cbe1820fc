package org.flowbook.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.flowbook.model.Workspace;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.ModelCompiler;
import org.flowbook.simulation.engine.ReplicationResult;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.Simulation;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.report.SimulationRun;
import org.flowbook.simulation.stats.Mser;
import org.flowbook.simulation.summary.Summary;

/** The one entry point: a workspace (already changed by a scenario) simulated and summarized. */
public final class WhatIf {
  private WhatIf() {}

  public static SimulationRun run(
      String name,
      Workspace workspace,
      CompileOptions options,
      SimulationRequest request,
      List<String> extraWarnings,
      IntConsumer progress) {
    SimModel model = new ModelCompiler(options).compile(workspace);
    SimulationRun run =
        run(
            name,
            workspace.organization().name(),
            workspace.organization().currency(),
            model,
            options,
            request,
            extraWarnings,
            progress);
    return new SimulationRun(
        run.name(),
        run.organization(),
        run.currency(),
        run.model(),
        run.request(),
        run.shape(),
        run.summary(),
        run.warnings(),
        workspace.processes(),
        false);
  }

  /**
   * As {@link #run(String, Workspace, CompileOptions, SimulationRequest, List, IntConsumer)}, with
   * the warm-up found by MSER on weekly batches of days (the request's own warm-up is ignored): a
   * pilot of up to five replications from the first day, the open cases per day averaged over them,
   * cut where the marginal standard error of the rest is least. When the series does not settle
   * (queues grow without bound, or a period too short to tell), two weeks are used and a warning
   * says so.
   */
  public static SimulationRun runDetectingWarmUp(
      String name,
      Workspace workspace,
      CompileOptions options,
      SimulationRequest request,
      List<String> extraWarnings,
      IntConsumer progress) {
    SimModel model = new ModelCompiler(options).compile(workspace);
    SimulationRequest pilot =
        new SimulationRequest(
            request.from(),
            request.to(),
            Duration.ZERO,
            Math.min(5, request.replications()),
            request.seed(),
            request.cases(),
            request.openCaseLimit());
    List<ReplicationResult> runs = Simulation.run(model, pilot);
    int days = runs.stream().mapToInt(r -> r.dailyOpenCases().length).min().orElse(0);
    double[] mean = new double[days];
    for (ReplicationResult r : runs) {
      for (int d = 0; d < days; d++) {
        mean[d] += r.dailyOpenCases()[d] / runs.size();
      }
    }
    int cut = Mser.truncation(mean, Mser.WEEK);
    List<String> warnings = new ArrayList<>(extraWarnings);
    Duration warmUp;
    if (cut < 0) {
      warmUp = Duration.ofDays(14);
      warnings.add(
          "MSER found no steady state in the open cases per day (queues that keep growing, or a"
              + " period under 4 weeks); 2 weeks of warm-up were used");
    } else {
      warmUp = Duration.ofDays(cut);
    }
    SimulationRequest measured =
        new SimulationRequest(
            request.from(),
            request.to(),
            warmUp,
            request.replications(),
            request.seed(),
            request.cases(),
            request.openCaseLimit());
    SimulationRun run = run(name, workspace, options, measured, warnings, progress);
    return new SimulationRun(
        run.name(),
        run.organization(),
        run.currency(),
        run.model(),
        run.request(),
        run.shape(),
        run.summary(),
        run.warnings(),
        run.sources(),
        cut >= 0);
  }

  public static SimulationRun run(
      String name,
      String organization,
      String currency,
      SimModel model,
      CompileOptions options,
      SimulationRequest request,
      List<String> extraWarnings,
      IntConsumer progress) {
    List<ReplicationResult> results = Simulation.run(model, request, progress);
    List<String> warnings = new ArrayList<>(extraWarnings);
    warnings.addAll(model.warnings());
    return new SimulationRun(
        name,
        organization,
        currency,
        model,
        request,
        options.shape(),
        Summary.of(model, results),
        warnings);
  }
}
