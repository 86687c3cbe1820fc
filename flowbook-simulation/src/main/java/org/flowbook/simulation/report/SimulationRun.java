package org.flowbook.simulation.report;

import java.util.List;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.engine.WorkShape;
import org.flowbook.simulation.summary.Summary;

/**
 * One scenario's run, as reported: its name, what was run, the summary, and the warnings of
 * compiling it (timers without a time, undeclared roles, queues without bound).
 */
public record SimulationRun(
    String name,
    String organization,
    String currency,
    SimModel model,
    SimulationRequest request,
    WorkShape shape,
    Summary summary,
    List<String> warnings) {
  public SimulationRun {
    warnings = List.copyOf(warnings);
  }

  /** Roles whose people are busy at least this share of their time: queues grow without bound. */
  public static final double SATURATED = 0.98;
}
