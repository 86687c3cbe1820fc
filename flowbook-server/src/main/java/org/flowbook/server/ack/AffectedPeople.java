package org.flowbook.server.ack;

import java.util.List;
import java.util.Optional;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.repository.acknowledge.AffectedPerson;

/**
 * Who a publication concerns: the people whose roles have a part (R, A, C or I) in a step that the
 * new version adds, removes or changes. One interface so that the training module's rule (which
 * also knows training records) can replace {@link DiffAffectedPeople} without touching the pages.
 */
public interface AffectedPeople {
  /**
   * @param before the version published until now, or empty for the first publication (then every
   *     step is new)
   * @return the affected people in the order the organization lists them, each with the changed
   *     steps (numbers in {@code after}; a removed step's old number) their roles have a part in
   */
  List<AffectedPerson> affected(Workspace workspace, Optional<Process> before, Process after);
}
