package org.flowbook.analysis.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.Severity;
import org.flowbook.model.Step;

/**
 * Roles across the workspace. (A role used but not declared is the notation's {@code unknown-role}
 * error, reported when the workspace is loaded.)
 */
final class RoleRules {
  private RoleRules() {}

  static List<Rule> all() {
    return List.of(new UnusedRole(), new SinglePointOfFailure());
  }

  static Set<String> used(List<Process> processes) {
    Set<String> used = new HashSet<>();
    for (Process p : processes) {
      used.add(p.owner().toLowerCase(Locale.ROOT));
      for (String r : p.roles()) {
        used.add(r.toLowerCase(Locale.ROOT));
      }
      // risk4 (#19): a role that owns a risk has a part in the process
      p.allRisks().forEach(k -> k.ownerRole().ifPresent(o -> used.add(o.toLowerCase(Locale.ROOT))));
    }
    return used;
  }

  /** A declared role no process names: outdated, or a process is missing. */
  static final class UnusedRole extends AbstractRule {
    UnusedRole() {
      super("unused-role", Severity.INFO);
    }

    @Override
    public List<Problem> checkWorkspace(LintContext c) {
      Set<String> used = used(c.workspace().processes());
      c.workspace()
          .organization()
          .controls()
          .forEach(k -> k.ownerRole().ifPresent(o -> used.add(o.toLowerCase(Locale.ROOT))));
      List<Problem> out = new ArrayList<>();
      for (Role r : c.workspace().organization().roles()) {
        if (!used.contains(r.name().toLowerCase(Locale.ROOT))) {
          out.add(finding(c, r.at(), null, new Object[] {r.name()}));
        }
      }
      return out;
    }
  }

  /** One person carrying steps of many processes: when they are away, all of them stop. */
  static final class SinglePointOfFailure extends AbstractRule {
    SinglePointOfFailure() {
      super("single-point-of-failure", Severity.WARNING);
    }

    @Override
    public List<Problem> checkWorkspace(LintContext c) {
      List<Problem> out = new ArrayList<>();
      int limit = c.settings().singlePointProcesses();
      for (Role r : c.workspace().organization().roles()) {
        // A named deputy (ersättare:) means the work does not stop when the one person is away.
        if (r.capacity() != 1 || !r.deputies().isEmpty()) {
          continue;
        }
        Set<String> processes = new LinkedHashSet<>();
        for (Process p : c.workspace().processes()) {
          for (Step s : p.steps()) {
            if (s.performer().equalsIgnoreCase(r.name())) {
              processes.add(p.title());
            }
          }
        }
        if (processes.size() >= limit) {
          String list = String.join(", ", processes);
          out.add(finding(c, r.at(), null, new Object[] {r.name(), processes.size(), list}));
        }
      }
      return out;
    }
  }
}
