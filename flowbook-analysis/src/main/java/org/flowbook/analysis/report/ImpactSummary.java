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
    boolean sv = lang == Language.SV;
    List<String> out = new ArrayList<>();
    if (d.isEmpty()) {
      out.add(t.get("noChanges"));
      return out;
    }
    FlowMetrics a = d.metricsBefore();
    FlowMetrics b = d.metricsAfter();
    List<StepChange> added = d.steps(StepChange.Kind.ADDED);
    String subject;
    if (added.size() == 1) {
      subject =
          sv
              ? "Det nya steget '" + added.get(0).title() + "' och övriga ändringar"
              : "The new step '" + added.get(0).title() + "' and the other changes";
    } else if (added.size() > 1) {
      subject =
          sv
              ? "De " + added.size() + " nya stegen och övriga ändringar"
              : "The " + added.size() + " new steps and the other changes";
    } else {
      subject = sv ? "Ändringen" : "The change";
    }
    boolean plural = !added.isEmpty();
    double dt = b.cycleHours() - a.cycleHours();
    double dc = b.cost() - a.cost();
    String time =
        Math.abs(dt) < 1 / 60.0
            ? (sv
                ? "lämnar ledtiden oförändrad (" + f.hours(a.cycleHours()) + ")"
                : (plural ? "leave" : "leaves")
                    + " the cycle time unchanged ("
                    + f.hours(a.cycleHours())
                    + ")")
            : (sv
                ? (dt > 0 ? "lägger i genomsnitt till " : "drar i genomsnitt av ")
                    + f.hours(Math.abs(dt))
                    + (dt > 0 ? " till" : " från")
                    + " ledtiden (från "
                    + f.hours(a.cycleHours())
                    + " till "
                    + f.hours(b.cycleHours())
                    + ")"
                : (dt > 0
                        ? (plural ? "add" : "adds") + " on average "
                        : (plural ? "take" : "takes") + " on average ")
                    + f.hours(Math.abs(dt))
                    + (dt > 0 ? " to" : " off")
                    + " the cycle time (from "
                    + f.hours(a.cycleHours())
                    + " to "
                    + f.hours(b.cycleHours())
                    + ")");
    String cost =
        Math.abs(dc) < 0.5
            ? (sv
                ? "kostnaden per ärende är oförändrad"
                : (plural ? "leave" : "leaves") + " the cost per case unchanged")
            : (sv
                ? (dc > 0 ? "ökar kostnaden med " : "minskar kostnaden med ")
                    + f.money(Math.abs(dc), b.currency())
                    + " per ärende (från "
                    + f.money(a.cost(), a.currency())
                    + " till "
                    + f.money(b.cost(), b.currency())
                    + ")"
                : (dc > 0 ? (plural ? "add " : "adds ") : (plural ? "save " : "saves "))
                    + f.money(Math.abs(dc), b.currency())
                    + " per case (from "
                    + f.money(a.cost(), a.currency())
                    + " to "
                    + f.money(b.cost(), b.currency())
                    + ")");
    out.add(subject + " " + time + (sv ? " och " : " and ") + cost + ".");
    if (Math.abs(b.handoffs() - a.handoffs()) >= 0.05) {
      out.add(
          sv
              ? "Överlämningarna mellan roller går från "
                  + f.number(a.handoffs(), 1)
                  + " till "
                  + f.number(b.handoffs(), 1)
                  + " per ärende."
              : "Handoffs between roles go from "
                  + f.number(a.handoffs(), 1)
                  + " to "
                  + f.number(b.handoffs(), 1)
                  + " per case.");
    }
    capacity(d, f, sv).ifPresent(out::add);
    for (RoleChange r : d.roles()) {
      if (!r.gained().isEmpty()) {
        out.add(
            sv
                ? r.role()
                    + " får "
                    + (r.gained().size() == 1
                        ? "en ny uppgift"
                        : r.gained().size() + " nya uppgifter")
                    + " ("
                    + String.join(", ", r.gained())
                    + ") och behöver introduceras i den."
                : r.role()
                    + " gains "
                    + (r.gained().size() == 1 ? "a new task" : r.gained().size() + " new tasks")
                    + " ("
                    + String.join(", ", r.gained())
                    + ") and needs training for it.");
      }
      if (!r.lost().isEmpty()) {
        out.add(
            sv
                ? r.role() + " gör inte längre: " + String.join(", ", r.lost()) + "."
                : r.role() + " no longer does: " + String.join(", ", r.lost()) + ".");
      }
    }
    for (ControlChange c : d.controls()) {
      String name = c.control() + (c.requirements().isEmpty() ? "" : " (" + c.requirements() + ")");
      out.add(
          c.added()
              ? (sv
                  ? "Ny kontroll: " + name + " i steget '" + c.step() + "'."
                  : "New control: " + name + " in step '" + c.step() + "'.")
              : (sv
                  ? "Kontrollen " + name + " tas bort."
                  : "The control " + name + " is removed."));
    }
    return out;
  }

  /** Swedish genitive: "Inköpares", but "Ekonomichefs" and no extra s after s, x or z. */
  static String genitive(String noun) {
    return noun.matches(".*[sxzSXZ]") ? noun : noun + "s";
  }

  private static Optional<String> capacity(ProcessDiff d, LocaleFormat f, boolean sv) {
    if (d.capacityBefore().isEmpty() || d.capacityAfter().isEmpty()) {
      return Optional.empty();
    }
    CapacityReport a = d.capacityBefore().get();
    CapacityReport b = d.capacityAfter().get();
    List<String[]> rises = new ArrayList<>();
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
        rises.add(
            new String[] {
              r.role(),
              f.percent(before),
              f.percent(r.utilization()),
              r.utilization() > before ? "+" : "-"
            });
      }
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < rises.size(); i++) {
      String[] r = rises.get(i);
      boolean up = r[3].equals("+");
      if (i > 0) {
        s.append(sv ? " och " : " and ");
      }
      s.append(
          sv
              ? genitive(r[0])
                  + " beläggning "
                  + (up ? "stiger" : "sjunker")
                  + " från "
                  + r[1]
                  + " till "
                  + r[2]
              : "the "
                  + r[0]
                  + "'s utilization "
                  + (up ? "rises" : "falls")
                  + " from "
                  + r[1]
                  + " to "
                  + r[2]);
    }
    Optional<RoleUtilization> na = a.bottleneck();
    Optional<RoleUtilization> nb = b.bottleneck();
    String tail = "";
    if (nb.isPresent()) {
      RoleUtilization x = nb.get();
      boolean newBottleneck = na.isEmpty() || !na.get().role().equals(x.role());
      if (x.load() == Load.OVERLOADED) {
        tail =
            sv
                ? x.role() + " blir överbelastad (" + f.percent(x.utilization()) + ")"
                : "the " + x.role() + " is overloaded (" + f.percent(x.utilization()) + ")";
      } else if (newBottleneck) {
        tail =
            sv
                ? "vilket gör " + x.role() + " till flaskhals (" + f.percent(x.utilization()) + ")"
                : "making the " + x.role() + " the bottleneck (" + f.percent(x.utilization()) + ")";
      } else {
        tail =
            sv
                ? "flaskhalsen är fortfarande " + x.role() + " (" + f.percent(x.utilization()) + ")"
                : "the bottleneck is still the "
                    + x.role()
                    + " ("
                    + f.percent(x.utilization())
                    + ")";
      }
    }
    if (s.length() == 0 && tail.isEmpty()) {
      return Optional.empty();
    }
    String sentence = s.length() == 0 ? tail : s + (tail.isEmpty() ? "" : ", " + tail);
    String volume =
        sv
            ? ", vid "
                + f.number(b.casesPerMonth(), 0)
                + " ärenden per månad och med organisationens övriga processer"
            : ", at "
                + f.number(b.casesPerMonth(), 0)
                + " cases per month and with the organization's other processes";
    return Optional.of(
        Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + volume + ".");
  }
}
