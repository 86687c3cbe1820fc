package org.flowbook.people.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * A chain of deputies that does not lead to anybody present.
 *
 * @param subject the role or person the chain starts from
 * @param chain the names walked, in order, ending where it loops or stops
 * @param firstDay the first working day it happens
 * @param days how many working days it happens
 */
public record ChainFinding(
    Kind kind, String subject, List<String> chain, LocalDate firstDay, int days) {
  public ChainFinding {
    chain = List.copyOf(chain);
  }

  /** How the chain fails. */
  public enum Kind {
    /** It comes back to a role or person already asked, with nobody present on the way. */
    LOOP,
    /** It ends in a person who is away and has nobody to cover for them. */
    ENDS_ABSENT
  }
}
