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
import org.flowbook.people.coverage.UntrainedStandIn;

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

  /** "2027-V28" in Swedish, "2027-W28" in English; a day is its date. */
  String unitLabel(Unit u) {
    if (u.from().equals(u.to()) && u.label().equals(u.from().toString())) {
      return u.label();
    }
    return t.format("weekUnit", String.valueOf(weekYear(u)), twoDigits(weekNumber(u)));
  }

  /** "V28" / "W28" for a week, "07-05" for a day: the heat map's column heads. */
  String unitShort(Unit u) {
    if (u.from().equals(u.to()) && u.label().equals(u.from().toString())) {
      return u.label().substring(5);
    }
    return t.format("weekShort", twoDigits(weekNumber(u)));
  }

  static int weekNumber(Unit u) {
    return u.from().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  private static int weekYear(Unit u) {
    return u.from().get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  /** One stand-in without a valid training record, with why. */
  String untrainedLine(UntrainedStandIn u) {
    return t.format(
        "untrainedLine",
        stepName(u.step()),
        u.standIn().person(),
        reason(u),
        u.standIn().firstDay(),
        u.standIn().days());
  }

  String reason(UntrainedStandIn u) {
    return t.format("reason." + u.reason().key(), u.trainedOn());
  }

  String stepName(StepCover s) {
    return s.processTitle() + " " + s.stepId() + " " + s.stepTitle() + " [" + s.role() + "]";
  }

  /** "2027-V28 (5 d), 2027-V29 (3 d)": the units where the predicate's day count is above 0. */
  String unitsWith(CoverageReport r, StepCover s, boolean nobody) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.units().size(); i++) {
      StepUnit u = s.units().get(i);
      int n = nobody ? u.nobodyDays() : u.singleDays();
      if (n > 0) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(unitLabel(r.units().get(i)));
        if (r.by() == Granularity.WEEK) {
          b.append(" (").append(t.format("days", n)).append(')');
        }
      }
    }
    return b.toString();
  }

  /**
   * The units where a step hangs on one person, each with who that is: "2027-V27 (5 d) — vem: Karin
   * Holmqvist; 2027-V31 (5 d) — vem: Lars Wikström". Units with the same people share one part, so
   * two people who each were the only one in different weeks never read as holding it together.
   */
  String singleUnitsWithWho(CoverageReport r, StepCover s) {
    java.util.Map<List<String>, List<String>> byWho = new java.util.LinkedHashMap<>();
    for (int i = 0; i < s.units().size(); i++) {
      StepUnit u = s.units().get(i);
      if (u.singleDays() > 0) {
        String unit = unitLabel(r.units().get(i));
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
        unitLabel(unit),
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
