package org.flowbook.simulation;

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
        workspace.processes());
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
