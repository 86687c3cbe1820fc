package org.flowbook.people.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Language;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.RoleCover;
import org.flowbook.people.coverage.RoleUnit;
import org.flowbook.people.coverage.Unit;

/** The coverage report as plain text for a terminal: findings first, then a role × period grid. */
public final class CoverageTextReport {
  private CoverageTextReport() {}

  public static String write(CoverageReport r, Language language, boolean holidaysOn) {
    CoverageTexts x = new CoverageTexts(language);
    StringBuilder b = new StringBuilder();
    b.append(x.heading(r)).append('\n');
    b.append(x.summary(r)).append("\n\n");
    if (!holidaysOn) {
      b.append(x.t.get("holidaysOff")).append("\n\n");
    } else if (!r.holidays().isEmpty()) {
      b.append(x.t.get("holidays")).append(": ");
      boolean first = true;
      for (Map.Entry<LocalDate, String> h : new java.util.TreeMap<>(r.holidays()).entrySet()) {
        b.append(first ? "" : ", ").append(h.getKey()).append(' ').append(h.getValue());
        first = false;
      }
      b.append("\n\n");
    }
    section(
        b,
        x.t.get("uncovered"),
        r.uncoveredSteps().stream()
            .map(s -> x.stepName(s) + ": " + x.unitsWith(r, s, true))
            .toList(),
        x);
    section(
        b,
        x.t.get("single"),
        r.singlePersonSteps().stream()
            .map(s -> x.stepName(s) + ": " + x.singleUnitsWithWho(r, s))
            .toList(),
        x);
    List<String> shortLines = new java.util.ArrayList<>();
    for (RoleCover role : r.rolesUnderCapacity()) {
      for (int i = 0; i < role.units().size(); i++) {
        RoleUnit u = role.units().get(i);
        if (u.underCapacity()) {
          shortLines.add(x.shortLine(r.units().get(i), role, u));
        }
      }
    }
    section(b, x.t.get("short"), shortLines, x);
    section(b, x.t.get("chains"), r.chains().stream().map(x::chainLine).toList(), x);
    if (r.training().recordsRead()) {
      section(
          b,
          x.t.get("untrained"),
          r.training().untrained().stream().map(x::untrainedLine).toList(),
          x);
    } else {
      b.append(x.t.get("trainingNotRead")).append("\n\n");
    }
    if (!r.withoutVolume().isEmpty()) {
      b.append(x.t.format("withoutVolume", String.join(", ", r.withoutVolume()))).append("\n\n");
    }
    grid(b, r, x);
    return b.toString();
  }

  private static void section(StringBuilder b, String title, List<String> lines, CoverageTexts x) {
    b.append(title).append(" (").append(lines.size()).append(")\n");
    if (lines.isEmpty()) {
      b.append("  ").append(x.t.get("none")).append('\n');
    }
    for (String l : lines) {
      b.append("  ").append(l).append('\n');
    }
    b.append('\n');
  }

  /** Roles that matter (listed people or a finding) × units, one symbol per cell. */
  private static void grid(StringBuilder b, CoverageReport r, CoverageTexts x) {
    List<RoleCover> roles = HeatCells.rolesShown(r);
    if (roles.isEmpty()) {
      return;
    }
    int width = roles.stream().mapToInt(c -> c.role().length()).max().orElse(4);
    b.append(x.t.get("heatmap")).append('\n');
    b.append(" ".repeat(width + 2));
    for (Unit u : r.units()) {
      String l = x.unitShort(u);
      b.append(l.substring(Math.max(0, l.length() - 3))).append(' ');
    }
    b.append('\n');
    for (RoleCover role : roles) {
      b.append("  ").append(role.role()).append(" ".repeat(width - role.role().length()));
      for (int i = 0; i < r.units().size(); i++) {
        b.append(' ').append(' ').append(HeatCells.of(r, role, i).symbol()).append(' ');
      }
      b.append('\n');
    }
    b.append("  ").append(x.t.get("legendText")).append('\n');
  }
}
