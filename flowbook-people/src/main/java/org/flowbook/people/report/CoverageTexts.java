package org.flowbook.people.report;

import java.text.NumberFormat;
import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;
import org.flowbook.people.coverage.ChainFinding;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.Granularity;
import org.flowbook.people.coverage.RoleCover;
import org.flowbook.people.coverage.RoleUnit;
import org.flowbook.people.coverage.StepCover;
import org.flowbook.people.coverage.StepUnit;
import org.flowbook.people.coverage.Unit;

/** The sentences the text and HTML reports share, in one language. */
final class CoverageTexts {
  final TextBundle t;
  private final NumberFormat hours;
  private final NumberFormat percent;

  CoverageTexts(Language language) {
    this.t = TextBundle.of("org.flowbook.people.i18n.coverage", language);
    this.hours = NumberFormat.getNumberInstance(language.locale());
    hours.setMaximumFractionDigits(1);
    this.percent = NumberFormat.getPercentInstance(language.locale());
  }

  String heading(CoverageReport r) {
    return t.format(
            "heading",
            r.organization().isEmpty() ? t.get("title") : r.organization(),
            r.from(),
            r.to())
        + " ("
        + t.get(r.by() == Granularity.DAY ? "byDay" : "byWeek")
        + ")";
  }

  String summary(CoverageReport r) {
    return t.format(
        "summary",
        r.uncoveredSteps().size(),
        r.singlePersonSteps().size(),
        r.rolesUnderCapacity().size());
  }

  String stepName(StepCover s) {
    return s.processTitle() + " " + s.stepId() + " " + s.stepTitle() + " [" + s.role() + "]";
  }

  /** "2027-W28 (5 d), 2027-W29 (3 d)": the units where the predicate's day count is above 0. */
  String unitsWith(CoverageReport r, StepCover s, boolean nobody) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.units().size(); i++) {
      StepUnit u = s.units().get(i);
      int n = nobody ? u.nobodyDays() : u.singleDays();
      if (n > 0) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(r.units().get(i).label());
        if (r.by() == Granularity.WEEK) {
          b.append(" (").append(t.format("days", n)).append(')');
        }
      }
    }
    return b.toString();
  }

  /**
   * The units where a step hangs on one person, each with who that is: "2027-W27 (5 d) — vem: Karin
   * Holmqvist; 2027-W31 (5 d) — vem: Lars Wikström". Units with the same people share one part, so
   * two people who each were the only one in different weeks never read as holding it together.
   */
  String singleUnitsWithWho(CoverageReport r, StepCover s) {
    java.util.Map<List<String>, List<String>> byWho = new java.util.LinkedHashMap<>();
    for (int i = 0; i < s.units().size(); i++) {
      StepUnit u = s.units().get(i);
      if (u.singleDays() > 0) {
        String unit = r.units().get(i).label();
        if (r.by() == Granularity.WEEK) {
          unit += " (" + t.format("days", u.singleDays()) + ")";
        }
        byWho.computeIfAbsent(u.who(), k -> new java.util.ArrayList<>()).add(unit);
      }
    }
    List<String> parts = new java.util.ArrayList<>();
    byWho.forEach(
        (who, units) ->
            parts.add(String.join(", ", units) + " — " + t.get("who") + ": " + who(who)));
    return String.join("; ", parts);
  }

  String shortLine(Unit unit, RoleCover role, RoleUnit u) {
    return t.format(
        "shortLine",
        role.role(),
        unit.label(),
        utilization(u),
        hours.format(u.demandHours()),
        hours.format(u.capacityHours()));
  }

  String utilization(RoleUnit u) {
    return Double.isInfinite(u.utilization()) ? "∞" : percent.format(u.utilization());
  }

  String chainLine(ChainFinding f) {
    return t.format(
        "chainLine",
        f.subject(),
        String.join(" → ", f.chain()),
        t.get(f.kind() == ChainFinding.Kind.LOOP ? "loop" : "endsAbsent"),
        f.firstDay(),
        f.days());
  }

  /** Who covered a step on the single-person days: the names, at most a few. */
  String who(List<String> names) {
    return names.size() > 4
        ? String.join(", ", names.subList(0, 4)) + ", …"
        : String.join(", ", names);
  }
}
