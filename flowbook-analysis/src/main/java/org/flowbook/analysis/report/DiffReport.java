package org.flowbook.analysis.report;

import java.util.List;
import org.flowbook.analysis.capacity.CapacityReport;
import org.flowbook.analysis.capacity.RoleUtilization;
import org.flowbook.analysis.diff.ControlChange;
import org.flowbook.analysis.diff.ControlGap;
import org.flowbook.analysis.diff.FieldChange;
import org.flowbook.analysis.diff.ProcessDiff;
import org.flowbook.analysis.diff.RoleChange;
import org.flowbook.analysis.diff.StepChange;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.model.Language;
import org.flowbook.output.LocaleFormat;

/** The change impact as plain text: the summary, then the figures, then every change. */
public final class DiffReport {
  private DiffReport() {}

  /** The before/after rows of the figures: label, before, after, change. */
  static List<String[]> figures(ProcessDiff d, LocaleFormat f, Texts t) {
    FlowMetrics a = d.metricsBefore();
    FlowMetrics b = d.metricsAfter();
    List<String[]> rows = new java.util.ArrayList<>();
    rows.add(
        new String[] {
          t.get("cycleTime"),
          f.hours(a.cycleHours()),
          f.hours(b.cycleHours()),
          f.signed(f.hours(b.cycleHours() - a.cycleHours()), b.cycleHours() - a.cycleHours())
        });
    rows.add(
        new String[] {
          t.get("work"),
          f.effort(a.workHours()),
          f.effort(b.workHours()),
          f.signed(f.effort(b.workHours() - a.workHours()), b.workHours() - a.workHours())
        });
    rows.add(
        new String[] {
          t.get("wait"),
          f.hours(a.waitHours()),
          f.hours(b.waitHours()),
          f.signed(f.hours(b.waitHours() - a.waitHours()), b.waitHours() - a.waitHours())
        });
    rows.add(
        new String[] {
          t.get("efficiency"),
          f.percent(a.flowEfficiency()),
          f.percent(b.flowEfficiency()),
          f.signed(
              f.number((b.flowEfficiency() - a.flowEfficiency()) * 100, 1) + " pp",
              b.flowEfficiency() - a.flowEfficiency())
        });
    rows.add(
        new String[] {
          t.get("cost"),
          f.money(a.cost(), a.currency()),
          f.money(b.cost(), b.currency()),
          f.signed(f.money(b.cost() - a.cost(), b.currency()), b.cost() - a.cost())
        });
    rows.add(
        new String[] {
          t.get("handoffs"),
          f.number(a.handoffs(), 2),
          f.number(b.handoffs(), 2),
          f.signed(f.number(b.handoffs() - a.handoffs(), 2), b.handoffs() - a.handoffs())
        });
    rows.add(
        new String[] {
          t.get("workSteps"),
          String.valueOf(a.workSteps()),
          String.valueOf(b.workSteps()),
          f.signed(String.valueOf(b.workSteps() - a.workSteps()), b.workSteps() - a.workSteps())
        });
    rows.add(
        new String[] {
          t.get("roles"),
          String.valueOf(a.roles()),
          String.valueOf(b.roles()),
          f.signed(String.valueOf(b.roles() - a.roles()), b.roles() - a.roles())
        });
    if (d.capacityBefore().isPresent() && d.capacityAfter().isPresent()) {
      CapacityReport ca = d.capacityBefore().get();
      CapacityReport cb = d.capacityAfter().get();
      java.util.Set<String> roles = new java.util.LinkedHashSet<>();
      a.roleFigures().forEach(r -> roles.add(r.role()));
      b.roleFigures().forEach(r -> roles.add(r.role()));
      for (String r : roles) {
        double ua = ca.role(r).map(RoleUtilization::utilization).orElse(0.0);
        double ub = cb.role(r).map(RoleUtilization::utilization).orElse(0.0);
        if (!r.isEmpty()) {
          rows.add(
              new String[] {
                t.get("utilization") + " " + r,
                f.percent(ua),
                f.percent(ub),
                f.signed(f.number((ub - ua) * 100, 1) + " pp", ub - ua)
              });
        }
      }
      rows.add(
          new String[] {
            t.get("bottleneck"),
            ca.bottleneck().map(x -> x.role() + " " + f.percent(x.utilization())).orElse("–"),
            cb.bottleneck().map(x -> x.role() + " " + f.percent(x.utilization())).orElse("–"),
            ""
          });
    }
    return rows;
  }

  public static String render(ProcessDiff d, Language lang) {
    LocaleFormat f = LocaleFormat.of(lang);
    Texts t = new Texts(lang);
    StringBuilder b = new StringBuilder();
    String head =
        t.get("changeImpact")
            + ": "
            + d.before().title()
            + (d.before().title().equals(d.after().title()) ? "" : " → " + d.after().title());
    b.append(head).append('\n').append("=".repeat(Math.min(78, head.length()))).append("\n\n");
    b.append(t.get("summary")).append('\n');
    for (String s : ImpactSummary.sentences(d, lang)) {
      b.append("  ").append(s).append('\n');
    }
    if (d.isEmpty()) {
      return b.toString();
    }
    b.append('\n').append(t.get("metrics"));
    d.capacityAfter()
        .ifPresent(
            c ->
                b.append(" (")
                    .append(f.number(c.casesPerMonth(), 0))
                    .append(' ')
                    .append(t.get("perMonth"))
                    .append(')'));
    b.append('\n');
    Table table = new Table(false, true, true, true);
    table.row("", t.get("before"), t.get("after"), t.get("change"));
    figures(d, f, t).forEach(table::row);
    b.append(table.render("  "));
    section(b, t.get("stepsAdded"), d.steps(StepChange.Kind.ADDED), f, t);
    section(b, t.get("stepsRemoved"), d.steps(StepChange.Kind.REMOVED), f, t);
    section(b, t.get("stepsChanged"), d.steps(StepChange.Kind.CHANGED), f, t);
    if (!d.roles().isEmpty()) {
      b.append('\n').append(t.get("rolesAffected")).append('\n');
      for (RoleChange r : d.roles()) {
        b.append("  ").append(r.role()).append(": ");
        if (!r.gained().isEmpty()) {
          b.append(t.get("gains")).append(' ').append(String.join(", ", r.gained()));
        }
        if (!r.lost().isEmpty()) {
          b.append(r.gained().isEmpty() ? "" : "; ")
              .append(t.get("loses"))
              .append(' ')
              .append(String.join(", ", r.lost()));
        }
        b.append('\n');
      }
    }
    controls(
        b, t.get("controlsAdded"), d.controls().stream().filter(ControlChange::added).toList());
    controls(b, t.get("controlsRemoved"), d.controls().stream().filter(c -> !c.added()).toList());
    if (!d.gaps().isEmpty()) {
      b.append('\n').append(t.get("newGaps")).append('\n');
      for (ControlGap g : d.gaps()) {
        b.append("  ").append(gap(g, t)).append('\n');
      }
    }
    if (!d.header().isEmpty()) {
      b.append('\n').append(t.get("headerChanged")).append('\n');
      for (FieldChange c : d.header()) {
        b.append("  ")
            .append(Fields.name(c.field(), t))
            .append(": ")
            .append(Fields.value(c.field(), c.before(), f))
            .append(" → ")
            .append(Fields.value(c.field(), c.after(), f))
            .append('\n');
      }
    }
    return b.toString();
  }

  private static void section(
      StringBuilder b, String title, List<StepChange> steps, LocaleFormat f, Texts t) {
    if (steps.isEmpty()) {
      return;
    }
    b.append('\n').append(title).append('\n');
    for (StepChange s : steps) {
      b.append("  ").append(s.id()).append(". ").append(s.title());
      if (!s.performer().isEmpty()) {
        b.append("   [").append(s.performer()).append(']');
      }
      b.append('\n');
      for (FieldChange c : s.fields()) {
        b.append("      ")
            .append(Fields.name(c.field(), t))
            .append(": ")
            .append(Fields.value(c.field(), c.before(), f).replace("\n", " | "))
            .append(" → ")
            .append(Fields.value(c.field(), c.after(), f).replace("\n", " | "))
            .append('\n');
      }
    }
  }

  private static void controls(StringBuilder b, String title, List<ControlChange> list) {
    if (list.isEmpty()) {
      return;
    }
    b.append('\n').append(title).append('\n');
    for (ControlChange c : list) {
      b.append("  ")
          .append(c.control())
          .append(c.requirements().isEmpty() ? "" : " (" + c.requirements() + ")")
          .append(" — ")
          .append(c.step())
          .append('\n');
    }
  }

  /** "BFL 5:6 has no control any more (was: Attest)", in the report's language. */
  static String gap(ControlGap g, Texts t) {
    String lost = String.join(", ", g.lostControls());
    return g.kind() == ControlGap.Kind.REQUIREMENT
        ? t.format("gap.requirement", g.subject(), lost)
        : t.format("gap.risk", g.subject(), lost);
  }

  /** Field names and values of changes in the report's language. */
  static final class Fields {
    private Fields() {}

    static String name(String field, Texts t) {
      return t.has("field." + field) ? t.get("field." + field) : field;
    }

    static String value(String field, String v, LocaleFormat f) {
      if (v.isEmpty()) {
        return "–";
      }
      if (field.equals("work") || field.equals("wait")) {
        return f.hours(Double.parseDouble(v) / 60);
      }
      return v;
    }
  }
}
