package org.flowbook.server.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.simulation.compare.BeforeAfter.Paired;
import org.flowbook.simulation.compare.BeforeAfter.RoleChange;
import org.flowbook.simulation.compare.Comparison;
import org.flowbook.simulation.compare.Comparison.ProcessChange;
import org.flowbook.simulation.compare.Comparison.StepChange;
import org.flowbook.simulation.report.ComparisonFigures;

/**
 * A finished what-if written for the page in the reader's language: every figure before and after
 * with its 95 % interval, and the paired difference marked when its interval leaves out zero.
 *
 * @param focus the asked-about process's lead time (mean, median, 90th percentile) and completions
 *     per week; empty on the landscape
 * @param processes every process with cases: mean lead time before, after, difference
 * @param roles every role that works either side: utilization and queue
 * @param steps the asked-about process's work steps: wait for a free person
 * @param heatSvg its flowchart with the waits after the change as heat (empty: none to show)
 * @param stoppedEarly replications that stopped because queues grew without bound
 */
public record WhatIfResultView(
    List<Row> focus,
    List<Row> processes,
    List<RoleRow> roles,
    List<Row> steps,
    String heatSvg,
    int stoppedEarly,
    int replications,
    List<String> warnings) {

  /** A figure: before, after, difference (formatted), and whether the difference is significant. */
  public record Row(
      String key,
      String name,
      String before,
      String after,
      String difference,
      boolean significant) {}

  /** A role's utilization and mean queue before and after. */
  public record RoleRow(
      String role,
      String before,
      String after,
      String points,
      boolean significant,
      String queueBefore,
      String queueAfter) {}

  /** The view of a finished job; empty while it runs or when it failed. */
  public static Optional<WhatIfResultView> of(WhatIfJob job, Language language) {
    if (job.result().isEmpty()) {
      return Optional.empty();
    }
    Comparison c = job.result().get();
    ComparisonFigures f = new ComparisonFigures(language);
    List<Row> focus = new ArrayList<>();
    List<Row> steps = new ArrayList<>();
    String heat = "";
    Optional<ProcessChange> asked =
        job.processId() == null ? Optional.empty() : c.process(job.processId());
    if (asked.isPresent() && asked.get().hasCases()) {
      ProcessChange p = asked.get();
      focus.add(duration("mean", "", p.meanCycle(), f));
      focus.add(duration("median", "", p.medianCycle(), f));
      focus.add(duration("p90", "", p.p90Cycle(), f));
      focus.add(
          new Row(
              "throughput",
              "",
              f.plain(p.throughputPerWeek().before(), 1),
              f.plain(p.throughputPerWeek().after(), 1),
              f.signed(p.throughputPerWeek(), 1),
              p.throughputPerWeek().significant()));
      focus.add(
          new Row(
              "open",
              "",
              f.plain(p.openAtEnd().before(), 0),
              f.plain(p.openAtEnd().after(), 0),
              f.signed(p.openAtEnd(), 0),
              p.openAtEnd().significant()));
      for (StepChange s : p.steps()) {
        if (s.waitForPerson().before().isPresent() || s.waitForPerson().after().isPresent()) {
          steps.add(duration(s.id(), s.title(), s.waitForPerson(), f));
        }
      }
      heat = job.shown().map(process -> f.heatSvg(process, p)).orElse("");
    }
    List<Row> processes = new ArrayList<>();
    for (ProcessChange p : c.processes()) {
      if (p.hasCases()) {
        processes.add(duration(p.id(), p.title(), p.meanCycle(), f));
      }
    }
    List<RoleRow> roles = new ArrayList<>();
    for (RoleChange r : c.roles()) {
      if (r.utilization().before().mean() > 0 || r.utilization().after().mean() > 0) {
        roles.add(
            new RoleRow(
                r.role(),
                f.percent(r.utilization().before()),
                f.percent(r.utilization().after()),
                f.points(r.utilization()),
                r.utilization().significant(),
                f.plain(r.queue().before(), 1),
                f.plain(r.queue().after(), 1)));
      }
    }
    return Optional.of(
        new WhatIfResultView(
            focus,
            processes,
            roles,
            steps,
            heat,
            c.stoppedEarly(),
            c.request().replications(),
            c.warnings()));
  }

  private static Row duration(String key, String name, Paired p, ComparisonFigures f) {
    return new Row(
        key, name, f.duration(p.before()), f.duration(p.after()), f.difference(p), p.significant());
  }
}
