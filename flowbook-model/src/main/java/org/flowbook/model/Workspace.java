package org.flowbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An organization and all its processes: the one model every view is computed from. */
public record Workspace(Organization organization, List<Process> processes) {
  public Workspace {
    Objects.requireNonNull(organization, "organization");
    processes = Checks.list(processes);
  }

  public Optional<Process> process(String id) {
    return processes.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The processes of one landscape group, in workspace order. */
  public List<Process> processesIn(String groupId) {
    // A process names its group by id or by name ("del av: Kärnprocesser"), as the notation allows.
    return processes.stream()
        .filter(
            p ->
                organization
                    .group(p.group())
                    .map(g -> g.id().equalsIgnoreCase(groupId))
                    .orElse(p.group().equalsIgnoreCase(groupId)))
        .toList();
  }

  /** The processes in landscape order: by group as declared, then those in no known group. */
  public List<Process> inLandscapeOrder() {
    List<Process> ordered = new ArrayList<>();
    // By identity: the grouped ones are the same objects, and a record's equals compares whole
    // step lists — a list's contains() made this quadratic in deep comparisons (the training
    // matrix's curricula ask for the order once per role: 60 % of its time at 300 processes).
    Set<Process> placed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (LandscapeGroup g : organization.groups()) {
      for (Process p : processesIn(g.id())) {
        ordered.add(p);
        placed.add(p);
      }
    }
    for (Process p : processes) {
      if (!placed.contains(p)) {
        ordered.add(p);
      }
    }
    return List.copyOf(ordered);
  }

  /** The processes that call the given one. */
  public List<Process> callersOf(String processId) {
    return processes.stream().filter(p -> p.calledProcesses().contains(processId)).toList();
  }

  public Workspace withProcesses(List<Process> newProcesses) {
    return new Workspace(organization, newProcesses);
  }
}
