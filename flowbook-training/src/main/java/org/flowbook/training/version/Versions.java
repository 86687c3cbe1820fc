package org.flowbook.training.version;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * The histories of every process of a workspace. Without a repository (the CLI) each process has
 * one version, the workspace's, plus any newer versions given explicitly.
 */
public final class Versions {
  private final Map<String, ProcessHistory> byProcess;

  /** Which version a record's version text names, per process: asked once per record. */
  private final Map<String, Map<String, Integer>> indexes =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Versions(Map<String, ProcessHistory> byProcess) {
    this.byProcess = byProcess;
  }

  public static Versions of(List<ProcessHistory> histories) {
    Map<String, ProcessHistory> m = new LinkedHashMap<>();
    for (ProcessHistory h : histories) {
      m.put(h.processId(), h);
    }
    return new Versions(m);
  }

  /** One version per process: the workspace as it is, each named by its label or hash. */
  public static Versions current(Workspace ws) {
    Map<String, ProcessHistory> m = new LinkedHashMap<>();
    for (Process p : ws.processes()) {
      m.put(p.id(), ProcessHistory.of(ProcessVersion.labelled(p)));
    }
    return new Versions(m);
  }

  /** These histories with a newer version of one process appended (a new one if unknown). */
  public Versions then(ProcessVersion newer) {
    Map<String, ProcessHistory> m = new LinkedHashMap<>(byProcess);
    String id = newer.process().id();
    m.put(id, m.containsKey(id) ? m.get(id).then(newer) : ProcessHistory.of(newer));
    return new Versions(m);
  }

  /** The index of the version {@code version} names in the history of a process, or -1. */
  public int indexOf(String processId, String version) {
    ProcessHistory h = byProcess.get(processId);
    if (h == null) {
      return -1;
    }
    return indexes
        .computeIfAbsent(processId, k -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(version, v -> h.indexOf(v).orElse(-1));
  }

  public Optional<ProcessHistory> of(String processId) {
    return Optional.ofNullable(byProcess.get(processId));
  }

  public List<ProcessHistory> all() {
    return List.copyOf(byProcess.values());
  }

  /** The workspace with each process at its current version (for curricula after a change). */
  public Workspace currentWorkspace(Workspace ws) {
    List<Process> ps = new java.util.ArrayList<>();
    for (Process p : ws.processes()) {
      ps.add(of(p.id()).map(h -> h.current().process()).orElse(p));
    }
    for (ProcessHistory h : byProcess.values()) {
      if (ws.process(h.processId()).isEmpty()) {
        ps.add(h.current().process());
      }
    }
    return ws.withProcesses(ps);
  }
}
