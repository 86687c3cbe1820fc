package org.flowbook.simulation.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.flowbook.simulation.engine.ReplicationResult;
import org.flowbook.simulation.engine.ReplicationResult.ProcessFigures;
import org.flowbook.simulation.engine.ReplicationResult.RoleFigures;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.SimModel.SimStep;
import org.flowbook.simulation.stats.Estimate;
import org.flowbook.simulation.stats.Histogram;

/**
 * The replications of one run summarized: each figure as a mean with its 95 % confidence interval
 * over replications, the cycle-time histogram of all replications merged.
 *
 * @param stoppedEarly replications that hit the open-case limit (queues without bound)
 */
public record Summary(
    List<ProcessSummary> processes,
    List<RoleSummary> roles,
    int replications,
    int stoppedEarly,
    long events,
    double windowStart,
    double end) {

  /**
   * @param cycleMean seconds from arrival to end, per case
   * @param started cases started in all replications together; {@code started = completed + open}
   */
  public record ProcessSummary(
      String id,
      String title,
      boolean hasArrivals,
      Estimate cycleMean,
      Estimate cycleMedian,
      Estimate cycleP90,
      Estimate throughputPerWeek,
      Estimate wip,
      Estimate cost,
      long started,
      long completed,
      long open,
      List<StepSummary> steps,
      Histogram cycles) {}

  /** A work step: how long cases waited for a person of its role, and the documented wait. */
  public record StepSummary(
      String id, String title, String role, Estimate waitForPerson, double documentedWait) {}

  /**
   * @param weeklyUtilization mean over replications, per week from the epoch
   */
  public record RoleSummary(
      String name,
      Estimate utilization,
      Estimate meanQueue,
      int maxQueue,
      double[] weeklyUtilization,
      double[] weeklyQueue) {}

  public static Summary of(SimModel model, List<ReplicationResult> runs) {
    List<ProcessSummary> ps = new ArrayList<>();
    for (int p = 0; p < model.processes().size(); p++) {
      final int pi = p;
      SimModel.ProcessSpec spec = model.processes().get(p);
      List<ProcessFigures> f = runs.stream().map(r -> r.processes().get(pi)).toList();
      Histogram merged = new Histogram();
      long started = 0;
      long completed = 0;
      long open = 0;
      for (ProcessFigures x : f) {
        merged.addAll(x.cycles());
        started += x.started();
        completed += x.completed();
        open += x.open();
      }
      List<StepSummary> steps = new ArrayList<>();
      for (int s = 0; s < spec.steps().size(); s++) {
        SimStep st = spec.steps().get(s);
        if (!st.isWork()) {
          continue;
        }
        final int si = s;
        steps.add(
            new StepSummary(
                st.id(),
                st.title(),
                model.roles().get(st.role()).name(),
                est(f, x -> x.stepQueueWait()[si]),
                st.waitSeconds()));
      }
      ps.add(
          new ProcessSummary(
              spec.id(),
              spec.title(),
              spec.arrivals() != null,
              est(f, ProcessFigures::meanCycle),
              est(f, ProcessFigures::medianCycle),
              est(f, ProcessFigures::p90Cycle),
              est(f, ProcessFigures::throughputPerWeek),
              est(f, ProcessFigures::wip),
              est(f, ProcessFigures::meanCost),
              started,
              completed,
              open,
              steps,
              merged));
    }
    List<RoleSummary> rs = new ArrayList<>();
    for (int r = 0; r < model.roles().size(); r++) {
      final int ri = r;
      List<RoleFigures> f = runs.stream().map(x -> x.roles().get(ri)).toList();
      int max = f.stream().mapToInt(RoleFigures::maxQueue).max().orElse(0);
      rs.add(
          new RoleSummary(
              model.roles().get(r).name(),
              est(f, RoleFigures::utilization),
              est(f, RoleFigures::meanQueue),
              max,
              meanSeries(f.stream().map(RoleFigures::weeklyUtilization).toList()),
              meanSeries(f.stream().map(RoleFigures::weeklyQueue).toList())));
    }
    int stopped = (int) runs.stream().filter(ReplicationResult::stoppedEarly).count();
    long events = runs.stream().mapToLong(ReplicationResult::events).sum();
    double end = runs.stream().mapToDouble(ReplicationResult::end).max().orElse(0);
    double start = runs.isEmpty() ? 0 : runs.get(0).windowStart();
    return new Summary(ps, rs, runs.size(), stopped, events, start, end);
  }

  private static <T> Estimate est(List<T> items, ToDoubleFunction<T> f) {
    return Estimate.of(items.stream().mapToDouble(f).toArray());
  }

  private static double[] meanSeries(List<double[]> series) {
    int n = series.stream().mapToInt(a -> a.length).max().orElse(0);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      int c = 0;
      for (double[] a : series) {
        if (i < a.length) {
          s += a[i];
          c++;
        }
      }
      out[i] = c == 0 ? 0 : s / c;
    }
    return out;
  }

  public ProcessSummary process(String id) {
    return processes.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  public RoleSummary role(String name) {
    return roles.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst().orElseThrow();
  }
}
