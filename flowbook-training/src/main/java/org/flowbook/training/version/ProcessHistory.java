package org.flowbook.training.version;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The published versions of one process, oldest first; the last one is current. */
public record ProcessHistory(String processId, List<ProcessVersion> versions) {
  public ProcessHistory {
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a history has at least the current version");
    }
    for (ProcessVersion v : versions) {
      if (!v.process().id().equals(processId)) {
        throw new IllegalArgumentException(
            "version " + v.id() + " is of process " + v.process().id() + ", not " + processId);
      }
    }
  }

  public static ProcessHistory of(ProcessVersion... versions) {
    return new ProcessHistory(versions[0].process().id(), List.of(versions));
  }

  public ProcessVersion current() {
    return versions.get(versions.size() - 1);
  }

  /** The index of the newest version a record's version text names, if any. */
  public OptionalInt indexOf(String version) {
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).isNamedBy(version)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** This history with a newer version appended. */
  public ProcessHistory then(ProcessVersion newer) {
    List<ProcessVersion> all = new ArrayList<>(versions);
    all.add(newer);
    return new ProcessHistory(processId, all);
  }
}
