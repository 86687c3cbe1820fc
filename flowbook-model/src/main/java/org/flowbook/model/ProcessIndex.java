package org.flowbook.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Constant-time lookups over one process (step by id, flows in and out, boundary events by host),
 * for algorithms that would otherwise scan the step and flow lists again for every step.
 */
public final class ProcessIndex {
  private final Process process;
  private final Map<String, Step> steps = new HashMap<>();
  private final Map<String, List<Flow>> outgoing = new HashMap<>();
  private final Map<String, List<Flow>> incoming = new HashMap<>();
  private final Map<String, List<Event>> boundaries = new HashMap<>();

  private ProcessIndex(Process process) {
    this.process = process;
    for (Step s : process.steps()) {
      steps.put(s.id(), s);
      if (s instanceof Event e && e.isBoundary()) {
        boundaries.computeIfAbsent(e.attachedTo(), k -> new ArrayList<>()).add(e);
      }
    }
    for (Flow f : process.flows()) {
      outgoing.computeIfAbsent(f.from(), k -> new ArrayList<>()).add(f);
      incoming.computeIfAbsent(f.to(), k -> new ArrayList<>()).add(f);
    }
  }

  public static ProcessIndex of(Process process) {
    return new ProcessIndex(process);
  }

  public Process process() {
    return process;
  }

  public Optional<Step> step(String id) {
    return Optional.ofNullable(steps.get(id));
  }

  public boolean has(String id) {
    return steps.containsKey(id);
  }

  public List<Flow> outgoing(String id) {
    return List.copyOf(outgoing.getOrDefault(id, List.of()));
  }

  public List<Flow> incoming(String id) {
    return List.copyOf(incoming.getOrDefault(id, List.of()));
  }

  /** The boundary events attached to a step, in model order. */
  public List<Event> boundaryEvents(String hostId) {
    return List.copyOf(boundaries.getOrDefault(hostId, List.of()));
  }
}
