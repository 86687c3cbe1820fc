package org.flowbook.analysis.diff;

import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.capacity.CapacityReport;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.model.Process;

/**
 * What changes from one version of a process to another, and what that does to its figures.
 *
 * @param capacityBefore utilization per role with the old version (the whole workspace's load when
 *     known), empty without a volume
 * @param capacityAfter the same with the new version
 * @param gaps the requirements and risks that lost their last control with the new version
 */
public record ProcessDiff(
    Process before,
    Process after,
    List<FieldChange> header,
    List<StepChange> steps,
    List<RoleChange> roles,
    List<ControlChange> controls,
    FlowMetrics metricsBefore,
    FlowMetrics metricsAfter,
    Optional<CapacityReport> capacityBefore,
    Optional<CapacityReport> capacityAfter,
    List<ControlGap> gaps) {

  public ProcessDiff {
    header = List.copyOf(header);
    steps = List.copyOf(steps);
    roles = List.copyOf(roles);
    controls = List.copyOf(controls);
    gaps = List.copyOf(gaps);
  }

  /** True when the two versions document the same process (the figures are then equal too). */
  public boolean isEmpty() {
    return header.isEmpty() && steps.isEmpty() && roles.isEmpty() && controls.isEmpty();
  }

  public List<StepChange> steps(StepChange.Kind kind) {
    return steps.stream().filter(s -> s.kind() == kind).toList();
  }
}
