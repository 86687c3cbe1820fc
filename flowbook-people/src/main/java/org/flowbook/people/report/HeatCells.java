package org.flowbook.people.report;

import java.util.List;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.RoleCover;
import org.flowbook.people.coverage.RoleUnit;
import org.flowbook.people.coverage.StepCover;

/** The state of one role in one unit, shared by the text grid and the HTML heat map. */
enum HeatCells {
  EMPTY(' ', "empty"),
  OK('·', "ok"),
  SINGLE('○', "single"),
  SHORT('▲', "short"),
  GAP('■', "gap");

  private final char symbol;
  private final String css;

  HeatCells(char symbol, String css) {
    this.symbol = symbol;
    this.css = css;
  }

  char symbol() {
    return symbol;
  }

  String css() {
    return css;
  }

  static HeatCells of(CoverageReport r, RoleCover role, int unit) {
    if (r.units().get(unit).workdays().isEmpty()) {
      return EMPTY;
    }
    RoleUnit u = role.units().get(unit);
    if (u.uncoveredSteps() > 0) {
      return GAP;
    }
    if (u.underCapacity()) {
      return SHORT;
    }
    for (StepCover s : r.steps()) {
      if (s.role().equalsIgnoreCase(role.role()) && s.units().get(unit).single()) {
        return SINGLE;
      }
    }
    return OK;
  }

  /** Roles with listed people, and any role with a finding. */
  static List<RoleCover> rolesShown(CoverageReport r) {
    return r.roles().stream()
        .filter(
            c ->
                c.listed()
                    || c.units().stream()
                        .anyMatch(u -> u.uncoveredSteps() > 0 || u.underCapacity()))
        .toList();
  }
}
