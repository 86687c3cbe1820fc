package org.flowbook.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.capacity.CapacityReport;
import org.flowbook.analysis.capacity.Load;
import org.flowbook.analysis.capacity.RoleUtilization;
import org.flowbook.analysis.diff.ControlChange;
import org.flowbook.analysis.diff.ProcessDiff;
import org.flowbook.analysis.diff.RoleChange;
import org.flowbook.analysis.diff.StepChange;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.model.Language;
import org.flowbook.output.LocaleFormat;

/**
 * The executive summary of a change in plain sentences: what it adds to the cycle time and the
 * cost, whose load rises and who becomes the bottleneck, who must learn new tasks, which controls
 * come and go.
 */
public final class ImpactSummary {
  private static final double UTILIZATION_NOTICED = 0.01;

  private ImpactSummary() {}

  public static List<String> sentences(ProcessDiff d, Language lang) {
    LocaleFormat f = LocaleFormat.of(lang);
    Texts t = new Texts(lang);
    List<String> out = new ArrayList<>();
    if (d.isEmpty()) {
      out.add(t.get("noChanges"));
      return out;
    }
    FlowMetrics a = d.metricsBefore();
    FlowMetrics b = d.metricsAfter();
    List<StepChange> added = d.steps(StepChange.Kind.ADDED);
    String subject =
        switch (added.size()) {
          case 0 -> t.get("impact.subject.none");
          case 1 -> t.format("impact.subject.one", added.get(0).title());
          default -> t.format("impact.subject.many", added.size());
        };
    // English conjugates the verb after the subject: "The change adds", "The new steps add".
    String number = added.isEmpty() ? ".singular" : ".plural";
    double dt = b.cycleHours() - a.cycleHours();
    double dc = b.cost() - a.cost();
    String time =
        Math.abs(dt) < 1 / 60.0
            ? t.format("impact.time.same" + number, f.hours(a.cycleHours()))
            : t.format(
                (dt > 0 ? "impact.time.more" : "impact.time.less") + number,
                f.hours(Math.abs(dt)),
                f.hours(a.cycleHours()),
                f.hours(b.cycleHours()));
    String cost =
        Math.abs(dc) < 0.5
            ? t.get("impact.cost.same" + number)
            : t.format(
                (dc > 0 ? "impact.cost.more" : "impact.cost.less") + number,
                f.money(Math.abs(dc), b.currency()),
                f.money(a.cost(), a.currency()),
                f.money(b.cost(), b.currency()));
    out.add(t.format("impact.effect", subject, time, cost));
    if (Math.abs(b.handoffs() - a.handoffs()) >= 0.05) {
      out.add(t.format("impact.handoffs", f.number(a.handoffs(), 1), f.number(b.handoffs(), 1)));
    }
    capacity(d, f, t, lang).ifPresent(out::add);
    for (RoleChange r : d.roles()) {
      if (!r.gained().isEmpty()) {
        String tasks = String.join(", ", r.gained());
        out.add(
            r.gained().size() == 1
                ? t.format("impact.gains.one", r.role(), tasks)
                : t.format("impact.gains.many", r.role(), r.gained().size(), tasks));
      }
      if (!r.lost().isEmpty()) {
        out.add(t.format("impact.loses", r.role(), String.join(", ", r.lost())));
      }
    }
    for (ControlChange c : d.controls()) {
      String name = c.control() + (c.requirements().isEmpty() ? "" : " (" + c.requirements() + ")");
      out.add(
          c.added()
              ? t.format("impact.controlAdded", name, c.step())
              : t.format("impact.controlRemoved", name));
    }
    for (org.flowbook.analysis.diff.ControlGap g : d.gaps()) {
      out.add(DiffReport.gap(g, t));
    }
    return out;
  }

  /** Swedish genitive: "Inköpares", but "Ekonomichefs" and no extra s after s, x or z. */
  static String genitive(String noun) {
    return noun.matches(".*[sxzSXZ]") ? noun : noun + "s";
  }

  private static Optional<String> capacity(ProcessDiff d, LocaleFormat f, Texts t, Language lang) {
    if (d.capacityBefore().isEmpty() || d.capacityAfter().isEmpty()) {
      return Optional.empty();
    }
    CapacityReport a = d.capacityBefore().get();
    CapacityReport b = d.capacityAfter().get();
    List<String> rises = new ArrayList<>();
    List<RoleUtilization> changed = new ArrayList<>(b.roles());
    changed.sort(
        Comparator.comparingDouble(
            (RoleUtilization r) ->
                -Math.abs(
                    r.utilization()
                        - a.role(r.role()).map(RoleUtilization::utilization).orElse(0.0))));
    for (RoleUtilization r : changed) {
      double before = a.role(r.role()).map(RoleUtilization::utilization).orElse(0.0);
      if (Math.abs(r.utilization() - before) >= UTILIZATION_NOTICED && rises.size() < 2) {
        // The Swedish text takes the role in the genitive; the English one adds "'s" itself.
        String whose = lang == Language.SV ? genitive(r.role()) : r.role();
        rises.add(
            t.format(
                r.utilization() > before ? "impact.rises" : "impact.falls",
                whose,
                f.percent(before),
                f.percent(r.utilization())));
      }
    }
    String s =
        switch (rises.size()) {
          case 0 -> "";
          case 1 -> rises.get(0);
          default -> t.format("impact.both", rises.get(0), rises.get(1));
        };
    Optional<RoleUtilization> na = a.bottleneck();
    Optional<RoleUtilization> nb = b.bottleneck();
    String tail = "";
    if (nb.isPresent()) {
      RoleUtilization x = nb.get();
      boolean newBottleneck = na.isEmpty() || !na.get().role().equals(x.role());
      String key =
          x.load() == Load.OVERLOADED
              ? "impact.overloaded"
              : newBottleneck ? "impact.newBottleneck" : "impact.stillBottleneck";
      tail = t.format(key, x.role(), f.percent(x.utilization()));
    }
    if (s.isEmpty() && tail.isEmpty()) {
      return Optional.empty();
    }
    String sentence = s.isEmpty() ? tail : s + (tail.isEmpty() ? "" : ", " + tail);
    return Optional.of(
        t.format(
            "impact.capacity",
            Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1),
            f.number(b.casesPerMonth(), 0)));
  }
}
