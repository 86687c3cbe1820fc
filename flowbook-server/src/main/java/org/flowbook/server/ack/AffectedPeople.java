package org.flowbook.server.ack;

import java.util.List;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.repository.acknowledge.AffectedPerson;
import org.flowbook.training.impact.TrainingImpact;

/**
 * Who a publication concerns, as the acknowledgement tasks store them. The rule is the training
 * module's ({@link TrainingImpact}), the same one {@code flowbook training --impact} prints: the
 * people whose roles have a part (R, A, C or I) in a step the new version adds, removes or changes
 * (renumbering alone is no change), so a typo fixed in one role's step concerns nobody else.
 */
public final class AffectedPeople {
  private AffectedPeople() {}

  /**
   * @param before the version published until now, or empty for the first publication (then every
   *     step is new)
   * @return the affected people in the order the organization lists them, each with the changed
   *     steps (numbers in {@code after}; a removed step's old number) their roles have a part in
   */
  public static List<AffectedPerson> of(
      Workspace workspace, Optional<Process> before, Process after) {
    return TrainingImpact.of(workspace, before, after).acknowledgers().stream()
        .map(
            a -> {
              Person p = a.person();
              return new AffectedPerson(p.key(), p.name(), p.email(), a.roles(), a.steps());
            })
        .toList();
  }
}
