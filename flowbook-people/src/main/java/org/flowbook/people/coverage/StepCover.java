package org.flowbook.people.coverage;

import java.util.List;

/**
 * A work step and who can do it in each unit of the period.
 *
 * @param deputies the deputies that apply: the step's own, else its role's
 * @param units one per unit of the report, in order
 */
public record StepCover(
    String processId,
    String processTitle,
    String stepId,
    String stepTitle,
    String role,
    List<String> deputies,
    List<StepUnit> units) {
  public StepCover {
    deputies = List.copyOf(deputies);
    units = List.copyOf(units);
  }

  public boolean uncoveredAnywhere() {
    return units.stream().anyMatch(StepUnit::uncovered);
  }

  public boolean singleAnywhere() {
    return units.stream().anyMatch(StepUnit::single);
  }
}
