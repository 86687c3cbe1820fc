package org.flowbook.server.ack;

import java.util.LinkedHashSet;
import java.util.Set;
import org.flowbook.model.Step;

/** The roles with a part in a step: the performer (R) and the A, C and I roles. */
final class StepRoles {
  private StepRoles() {}

  static Set<String> of(Step s) {
    Set<String> roles = new LinkedHashSet<>();
    if (!s.performer().isEmpty()) {
      roles.add(s.performer());
    }
    roles.addAll(s.task().accountable());
    roles.addAll(s.task().consulted());
    roles.addAll(s.task().informed());
    return roles;
  }
}
