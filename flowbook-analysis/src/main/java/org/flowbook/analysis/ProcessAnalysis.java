package org.flowbook.analysis;

import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.capacity.CapacityReport;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;

/**
 * The analysis of one process: its figures, its capacity at a volume, and its documentation
 * findings.
 *
 * @param volume the cases per month the capacity is for, empty when none is known
 * @param capacity utilization of the roles by this process alone, empty without a volume
 */
public record ProcessAnalysis(
    Process process,
    FlowMetrics metrics,
    Optional<Double> volume,
    Optional<CapacityReport> capacity,
    List<Problem> problems) {

  public ProcessAnalysis {
    problems = List.copyOf(problems);
  }
}
