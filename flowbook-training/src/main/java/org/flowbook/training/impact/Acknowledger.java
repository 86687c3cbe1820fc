package org.flowbook.training.impact;

import java.util.List;
import java.util.Set;
import org.flowbook.model.Person;
import org.flowbook.training.curriculum.Involvement;

/**
 * A person who must acknowledge a new version, and why.
 *
 * @param roles the person's roles that have a part (R/A/C/I) in a changed step
 * @param involvement the union of those parts
 * @param steps the changed steps' ids (the new id; the old one for a removed step)
 * @param mustRetrain true when a changed step is one their role performs (R): their training on
 *     this process goes stale
 */
public record Acknowledger(
    Person person,
    List<String> roles,
    Set<Involvement> involvement,
    List<String> steps,
    boolean mustRetrain) {
  public Acknowledger {
    roles = List.copyOf(roles);
    involvement = Set.copyOf(involvement);
    steps = List.copyOf(steps);
  }
}
