package org.flowbook.people.coverage;

import java.util.List;

/**
 * Who can do a step during one unit (day or week).
 *
 * @param nobodyDays working days on which nobody present can do it
 * @param deputyDays working days on which only deputies can (no holder of the role is present)
 * @param singleDays working days on which exactly one present person can
 * @param who everyone present on some day who can do it: holders first, then deputies in order; a
 *     role without listed people appears by its name
 */
public record StepUnit(int nobodyDays, int deputyDays, int singleDays, List<String> who) {
  public StepUnit {
    who = List.copyOf(who);
  }

  public boolean uncovered() {
    return nobodyDays > 0;
  }

  public boolean single() {
    return singleDays > 0;
  }
}
