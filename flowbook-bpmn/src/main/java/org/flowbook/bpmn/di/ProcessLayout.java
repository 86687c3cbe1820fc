package org.flowbook.bpmn.di;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a process's author drew things, read from a BPMN file's diagram interchange (DI) and keyed
 * by Flowbook's ids: the pool, one band per lane (role), one box per step, one path per flow. Parts
 * the file did not draw are simply absent.
 *
 * @param pool the pool's bounds, if the process is drawn in one
 * @param lanes the bands of the lanes by role name
 * @param steps the box of each step by step id
 */
public record ProcessLayout(
    String processId,
    Optional<Bounds> pool,
    Map<String, Bounds> lanes,
    Map<String, Bounds> steps,
    List<FlowRoute> flows) {
  public ProcessLayout {
    lanes = Map.copyOf(lanes);
    steps = Map.copyOf(steps);
    flows = List.copyOf(flows);
  }

  /** True when the file drew every step of the process, so the drawing can be used as it is. */
  public boolean coversAll(java.util.Collection<String> stepIds) {
    return steps.keySet().containsAll(stepIds);
  }
}
