package org.flowbook.simulation.report;

import java.util.List;
import org.flowbook.model.Process;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.engine.WorkShape;
import org.flowbook.simulation.summary.Summary;

/**
 * One scenario's run, as reported: its name, what was run, the summary, and the warnings of
 * compiling it (timers without a time, undeclared roles, queues without bound), and the processes
 * as simulated, for the flowcharts of the HTML report (empty for a Prosimos model); {@code
 * warmUpDetected} when the request's warm-up was found by MSER-5 rather than given.
 */
public record SimulationRun(
    String name,
    String organization,
    String currency,
    SimModel model,
    SimulationRequest request,
    WorkShape shape,
    Summary summary,
    List<String> warnings,
    List<Process> sources,
    boolean warmUpDetected) {
  public SimulationRun {
    warnings = List.copyOf(warnings);
    sources = List.copyOf(sources);
  }

  /** A run without the processes' flowcharts (a Prosimos model). */
  public SimulationRun(
      String name,
      String organization,
      String currency,
      SimModel model,
      SimulationRequest request,
      WorkShape shape,
      Summary summary,
      List<String> warnings) {
    this(name, organization, currency, model, request, shape, summary, warnings, List.of(), false);
  }

  /** Roles whose people are busy at least this share of their time: queues grow without bound. */
  public static final double SATURATED = 0.98;
}
