package org.flowbook.simulation.report;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.model.WorkingHours;
import org.flowbook.simulation.engine.SimModel.RoleSpec;
import org.flowbook.simulation.stats.Estimate;
import org.flowbook.simulation.summary.Summary;
import org.flowbook.simulation.summary.Summary.ProcessSummary;
import org.flowbook.simulation.summary.Summary.RoleSummary;
import org.flowbook.simulation.summary.Summary.StepSummary;

/** The plain-text report of one or more scenario runs, in Swedish or English. */
public final class TextReport {
  private TextReport() {}

  public static String render(List<SimulationRun> runs, Language language) {
    Words w = new Words(language);
    StringBuilder out = new StringBuilder();
    for (SimulationRun run : runs) {
      one(out, run, w);
      out.append('\n');
    }
    if (runs.size() > 1) {
      comparison(out, runs, w);
    }
    return out.toString();
  }

  private static void one(StringBuilder out, SimulationRun run, Words w) {
    Summary s = run.summary();
    var req = run.request();
    out.append(w.t("Simulering", "Simulation"))
        .append(": ")
        .append(run.organization().isEmpty() ? "" : run.organization() + " — ")
        .append(run.name())
        .append('\n');
    if (req.cases() > 0) {
      out.append(
          w.t(
              "  " + req.cases() + " ärenden per process från " + req.from(),
              "  " + req.cases() + " cases per process from " + req.from()));
    } else {
      out.append(w.t("  Period ", "  Period ")).append(req.from()).append(" – ").append(req.to());
    }
    out.append(w.t(", uppvärmning ", ", warm-up "))
        .append(w.duration(req.warmUp().getSeconds()))
        .append(
            run.warmUpDetected()
                ? w.t(" (funnen med MSER, veckovis)", " (found by MSER, weekly batches)")
                : "")
        .append(", ")
        .append(req.replications())
        .append(w.t(" replikeringar, frö ", " replications, seed "))
        .append(req.seed())
        .append('\n');
    out.append("  ")
        .append(w.t("Arbetstid per ärende: ", "Work time per case: "))
        .append(shape(run, w))
        .append(w.t("; väntan löper i kalendertid.", "; waits run on calendar time."))
        .append('\n');
    out.append('\n');
    Table t =
        new Table(
            w.t("Process", "Process"),
            w.t("ledtid, medel (95 % KI)", "cycle time, mean (95 % CI)"),
            w.t("median", "median"),
            "p90",
            w.t("klara/vecka", "done/week"),
            w.t("pågående", "in progress"),
            w.t("kostnad/ärende", "cost/case"));
    for (ProcessSummary p : s.processes()) {
      if (!p.hasArrivals()) {
        continue;
      }
      t.row(
          p.title(),
          w.duration(p.cycleMean()),
          w.duration(p.cycleMedian().mean()),
          w.duration(p.cycleP90().mean()),
          w.number(p.throughputPerWeek().mean(), 1),
          w.number(p.wip().mean(), 1),
          Double.isNaN(p.cost().mean())
              ? "–"
              : w.number(p.cost().mean(), 0) + " " + run.currency());
    }
    t.render(out);
    out.append('\n');
    Table r =
        new Table(
            w.t("Roll", "Role"),
            w.t("personer", "people"),
            w.t("arbetstid", "working hours"),
            w.t("beläggning (95 % KI)", "utilization (95 % CI)"),
            w.t("kö i medel", "mean queue"),
            w.t("längsta kö", "longest queue"));
    for (int i = 0; i < s.roles().size(); i++) {
      RoleSummary role = s.roles().get(i);
      RoleSpec spec = run.model().roles().get(i);
      if (role.utilization().mean() == 0 && role.maxQueue() == 0) {
        continue;
      }
      int heads = spec.staffing().heads(req.from());
      r.row(
          role.name(),
          Integer.toString(heads),
          hours(spec.hours(), w),
          w.percent(role.utilization()),
          w.number(role.meanQueue().mean(), 1),
          Integer.toString(role.maxQueue()));
    }
    r.render(out);
    List<String> waits = new ArrayList<>();
    for (ProcessSummary p : s.processes()) {
      for (StepSummary st : p.steps()) {
        if (st.waitForPerson().isPresent() && st.waitForPerson().mean() >= 3600) {
          waits.add(
              "  "
                  + p.title()
                  + ", "
                  + st.id()
                  + ". "
                  + st.title()
                  + " ["
                  + st.role()
                  + "]: "
                  + w.duration(st.waitForPerson())
                  + w.t(" väntan på en ledig person", " waiting for a free person")
                  + (st.documentedWait() > 0
                      ? w.t(" (dokumenterad väntan ", " (documented wait ")
                          + w.duration(st.documentedWait())
                          + ")"
                      : ""));
        }
      }
    }
    if (!waits.isEmpty()) {
      out.append('\n')
          .append(
              w.t(
                  "Steg där ärenden väntar på en person minst en timme:",
                  "Steps where cases wait for a person an hour or more:"))
          .append('\n');
      waits.forEach(x -> out.append(x).append('\n'));
    }
    List<String> warnings = warnings(run, w);
    if (!warnings.isEmpty()) {
      out.append('\n').append(w.t("Varningar:", "Warnings:")).append('\n');
      warnings.forEach(x -> out.append("  ! ").append(x).append('\n'));
    }
    long started = s.processes().stream().mapToLong(ProcessSummary::started).sum();
    long done = s.processes().stream().mapToLong(ProcessSummary::completed).sum();
    long open = s.processes().stream().mapToLong(ProcessSummary::open).sum();
    out.append('\n')
        .append(
            w.t(
                "  "
                    + w.number(started, 0)
                    + " ärenden startade i alla replikeringar, "
                    + w.number(done, 0)
                    + " klara, "
                    + w.number(open, 0)
                    + " pågående vid periodens slut; "
                    + w.number(s.events(), 0)
                    + " händelser.",
                "  "
                    + w.number(started, 0)
                    + " cases started in all replications, "
                    + w.number(done, 0)
                    + " done, "
                    + w.number(open, 0)
                    + " in progress at the end; "
                    + w.number(s.events(), 0)
                    + " events."))
        .append('\n');
  }

  static String shape(SimulationRun run, Words w) {
    if (run.organization().equals("Prosimos")) {
      return w.t("Prosimos-modellens egna fördelningar", "the Prosimos model's own distributions");
    }
    boolean ranges =
        run.model().processes().stream()
            .flatMap(p -> p.steps().stream())
            .anyMatch(
                st -> st.work() instanceof org.flowbook.simulation.engine.Distribution.Triangular);
    return defaultShape(run, w)
        + (ranges
            ? w.t(
                "; steg med ett intervall (arbete 10–30 min) triangelfördelade över intervallet",
                "; steps with a range (work 10-30 min) triangular over the range")
            : "");
  }

  private static String defaultShape(SimulationRun run, Words w) {
    return switch (run.shape()) {
      case LOGNORMAL ->
          w.t(
              "lognormalfördelad kring den dokumenterade tiden (variationskoefficient 0,5)",
              "lognormal around the documented time (coefficient of variation 0.5)");
      case GAMMA ->
          w.t(
              "gammafördelad kring den dokumenterade tiden (variationskoefficient 0,5)",
              "gamma around the documented time (coefficient of variation 0.5)");
      case EXPONENTIAL ->
          w.t(
              "exponentialfördelad med den dokumenterade tiden som medel",
              "exponential with the documented time as its mean");
      case FIXED -> w.t("exakt den dokumenterade tiden", "exactly the documented time");
    };
  }

  static String hours(WorkingHours h, Words w) {
    return h.format(w.swedish());
  }

  /** Saturated roles and stopped replications, then the model's own warnings. */
  static List<String> warnings(SimulationRun run, Words w) {
    List<String> out = new ArrayList<>();
    Summary s = run.summary();
    if (s.stoppedEarly() > 0) {
      out.add(
          w.t(
              s.stoppedEarly()
                  + " av "
                  + s.replications()
                  + " replikeringar stoppades vid "
                  + w.number(run.request().openCaseLimit(), 0)
                  + " samtidigt pågående ärenden: köerna växer utan gräns och siffrorna gäller bara fram till stoppet.",
              s.stoppedEarly()
                  + " of "
                  + s.replications()
                  + " replications stopped at "
                  + w.number(run.request().openCaseLimit(), 0)
                  + " cases open at once: the queues grow without bound and the figures only cover the time until the stop."));
    }
    for (RoleSummary r : s.roles()) {
      if (r.utilization().mean() >= SimulationRun.SATURATED) {
        out.add(
            w.t(
                r.name()
                    + " är belagd "
                    + w.percent(r.utilization())
                    + ": kön växer utan gräns så länge belastningen består.",
                r.name()
                    + " is utilized "
                    + w.percent(r.utilization())
                    + ": its queue grows without bound for as long as the load lasts."));
      }
    }
    out.addAll(run.warnings());
    return out;
  }

  private static void comparison(StringBuilder out, List<SimulationRun> runs, Words w) {
    SimulationRun base = runs.get(0);
    out.append(w.t("Jämförelse med ", "Compared with ")).append(base.name()).append('\n');
    for (SimulationRun other : runs.subList(1, runs.size())) {
      out.append('\n').append("  ").append(other.name()).append('\n');
      for (ProcessSummary p : other.summary().processes()) {
        if (!p.hasArrivals()) {
          continue;
        }
        ProcessSummary b =
            base.summary().processes().stream()
                .filter(x -> x.id().equals(p.id()))
                .findFirst()
                .orElse(null);
        if (b == null || !b.hasArrivals()) {
          continue;
        }
        out.append("    ")
            .append(p.title())
            .append(": ")
            .append(w.t("ledtiden ", "cycle time "))
            .append(change(b.cycleMean(), p.cycleMean(), w))
            .append('\n');
      }
      for (RoleSummary r : other.summary().roles()) {
        RoleSummary b = base.summary().role(r.name());
        if (b.utilization().mean() == 0 && r.utilization().mean() == 0) {
          continue;
        }
        boolean sig = Estimate.significantlyDifferent(b.utilization(), r.utilization());
        if (!sig) {
          continue;
        }
        out.append("    ")
            .append(r.name())
            .append(": ")
            .append(w.t("beläggningen ", "utilization "))
            .append(w.percent(b.utilization()))
            .append(" → ")
            .append(w.percent(r.utilization()))
            .append('\n');
      }
    }
  }

  /** "ökar från 2,1 d (1,9–2,3) till 3,4 d (3,1–3,8), signifikant". */
  static String change(Estimate before, Estimate after, Words w) {
    boolean sig = Estimate.significantlyDifferent(before, after);
    String verb =
        !sig
            ? w.t("oförändrad inom bruset", "unchanged within the noise")
            : after.mean() > before.mean() ? w.t("ökar", "rises") : w.t("minskar", "falls");
    return verb
        + w.t(" från ", " from ")
        + w.duration(before)
        + w.t(" till ", " to ")
        + w.duration(after)
        + (sig ? w.t(" (signifikant, Welch t, 5 %)", " (significant, Welch t, 5 %)") : "");
  }

  /** A left-aligned text table. */
  static final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
      rows.add(header);
    }

    void row(String... cells) {
      rows.add(cells);
    }

    void render(StringBuilder out) {
      int n = rows.get(0).length;
      int[] width = new int[n];
      for (String[] r : rows) {
        for (int i = 0; i < n; i++) {
          width[i] = Math.max(width[i], r[i].length());
        }
      }
      for (String[] r : rows) {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < n; i++) {
          line.append(r[i]);
          if (i < n - 1) {
            line.append(" ".repeat(width[i] - r[i].length() + 2));
          }
        }
        out.append(line.toString().stripTrailing()).append('\n');
      }
    }
  }
}
