package org.flowbook.people.coverage;

import java.util.List;

/**
 * A work step and who can do it in each unit of the period.
 *
 * @param deputies the deputies that apply: the step's own, else its role's
 * @param units one per unit of the report, in order
 * @param standIns who takes the step over on days without a present holder, in order of first day
 */
public record StepCover(
    String processId,
    String processTitle,
    String stepId,
    String stepTitle,
    String role,
    List<String> deputies,
    List<StepUnit> units,
    List<StandIn> standIns) {
  public StepCover {
    deputies = List.copyOf(deputies);
    units = List.copyOf(units);
    standIns = List.copyOf(standIns);
  }

  public boolean uncoveredAnywhere() {
    return units.stream().anyMatch(StepUnit::uncovered);
  }

  public boolean singleAnywhere() {
    return units.stream().anyMatch(StepUnit::single);
  }
}
