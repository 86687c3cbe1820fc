package org.flowbook.simulation.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;
import org.flowbook.model.Workspace;
import org.flowbook.simulation.compare.BeforeAfter.Paired;
import org.flowbook.simulation.compare.BeforeAfter.RoleChange;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.ModelCompiler;
import org.flowbook.simulation.engine.ReplicationResult;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.Simulation;
import org.flowbook.simulation.engine.SimulationRequest;

/**
 * Two simulated sides of a what-if — a workspace and how it is compiled (volumes, head counts,
 * absences) before and after a change — run with the same seed (common random numbers: replication
 * i of each side draws the same arrivals), every figure paired replication by replication. The one
 * home of the pairing: {@link BeforeAfter} (a changed process) and the web app's what-if page
 * (volume, staffing and policy changes) both read it.
 *
 * @param processes every process either side simulates, in the before side's order
 * @param roles every role either side has, by name, in the before side's order
 * @param stoppedEarly replications of either side that stopped at the open-case limit
 * @param warnings the compiler's warnings of both sides, each once
 */
public record Comparison(
    SimulationRequest request,
    List<ProcessChange> processes,
    List<RoleChange> roles,
    int stoppedEarly,
    List<String> warnings) {

  public Comparison {
    processes = List.copyOf(processes);
    roles = List.copyOf(roles);
    warnings = List.copyOf(warnings);
  }

  /** One side: the workspace as simulated and how it is compiled. */
  public record Side(Workspace workspace, CompileOptions options) {}

  /**
   * A process's lead time (mean, median, 90th percentile; seconds) of the cases that ended,
   * completions per week, cases still open when the period ends (a change that leaves a role
   * without people shortens the lead time of the cases that end: these say so) and each work step's
   * wait for a free person, before and after.
   */
  public record ProcessChange(
      String id,
      String title,
      Paired meanCycle,
      Paired medianCycle,
      Paired p90Cycle,
      Paired throughputPerWeek,
      Paired openAtEnd,
      List<StepChange> steps) {
    public ProcessChange {
      steps = List.copyOf(steps);
    }

    /** Whether either side had cases of this process to measure. */
    public boolean hasCases() {
      return meanCycle.before().isPresent() || meanCycle.after().isPresent();
    }
  }

  /** A work step's mean wait for a free person of its role (seconds), before and after. */
  public record StepChange(String id, String title, Paired waitForPerson) {}

  /**
   * Runs both sides.
   *
   * @param progress hears finished replications of both sides together (0 … 2 × replications)
   */
  public static Comparison run(
      Side before, Side after, SimulationRequest request, IntConsumer progress) {
    return run(before, after, java.util.Map.of(), request, progress);
  }

  /**
   * As {@link #run(Side, Side, SimulationRequest, IntConsumer)}, with processes that changed their
   * id paired all the same.
   *
   * @param renamed before id → after id
   */
  public static Comparison run(
      Side before,
      Side after,
      java.util.Map<String, String> renamed,
      SimulationRequest request,
      IntConsumer progress) {
    SimModel a = new ModelCompiler(before.options()).compile(before.workspace());
    SimModel b = new ModelCompiler(after.options()).compile(after.workspace());
    int n = request.replications();
    List<ReplicationResult> ra = Simulation.run(a, request, progress);
    List<ReplicationResult> rb = Simulation.run(b, request, done -> progress.accept(n + done));
    List<ProcessChange> processes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    a.processes().forEach(p -> ids.add(p.id()));
    b.processes().stream()
        .map(SimModel.ProcessSpec::id)
        .filter(x -> !ids.contains(x) && !renamed.containsValue(x))
        .forEach(ids::add);
    for (String id : ids) {
      processes.add(process(id, renamed.getOrDefault(id, id), a, ra, b, rb));
    }
    List<String> names = new ArrayList<>();
    a.roles().forEach(r -> names.add(r.name()));
    b.roles().stream()
        .map(SimModel.RoleSpec::name)
        .filter(x -> names.stream().noneMatch(y -> y.equalsIgnoreCase(x)))
        .forEach(names::add);
    List<RoleChange> roles = new ArrayList<>();
    for (String name : names) {
      int ia = roleIndex(a, name);
      int ib = roleIndex(b, name);
      roles.add(
          new RoleChange(
              name,
              Paired.of(
                  values(ra, r -> ia < 0 ? 0 : r.roles().get(ia).utilization()),
                  values(rb, r -> ib < 0 ? 0 : r.roles().get(ib).utilization())),
              Paired.of(
                  values(ra, r -> ia < 0 ? 0 : r.roles().get(ia).meanQueue()),
                  values(rb, r -> ib < 0 ? 0 : r.roles().get(ib).meanQueue()))));
    }
    int stopped =
        (int)
            (ra.stream().filter(ReplicationResult::stoppedEarly).count()
                + rb.stream().filter(ReplicationResult::stoppedEarly).count());
    List<String> warnings = new ArrayList<>(a.warnings());
    b.warnings().stream().filter(x -> !warnings.contains(x)).forEach(warnings::add);
    return new Comparison(request, processes, roles, stopped, warnings);
  }

  /** The process of that id, if either side simulated it. */
  public java.util.Optional<ProcessChange> process(String id) {
    return processes.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static ProcessChange process(
      String id,
      String afterId,
      SimModel a,
      List<ReplicationResult> ra,
      SimModel b,
      List<ReplicationResult> rb) {
    int pa = indexOf(a, id);
    int pb = indexOf(b, afterId);
    SimModel.ProcessSpec spec = pb >= 0 ? b.processes().get(pb) : a.processes().get(pa);
    List<StepChange> steps = new ArrayList<>();
    List<String> stepIds = new ArrayList<>();
    if (pa >= 0) {
      a.processes().get(pa).steps().stream()
          .filter(SimModel.SimStep::isWork)
          .forEach(s -> stepIds.add(s.id()));
    }
    if (pb >= 0) {
      b.processes().get(pb).steps().stream()
          .filter(SimModel.SimStep::isWork)
          .map(SimModel.SimStep::id)
          .filter(s -> !stepIds.contains(s))
          .forEach(stepIds::add);
    }
    for (String stepId : stepIds) {
      int sa = stepIndex(a, pa, stepId);
      int sb = stepIndex(b, pb, stepId);
      String title =
          sb >= 0
              ? b.processes().get(pb).steps().get(sb).title()
              : a.processes().get(pa).steps().get(sa).title();
      steps.add(
          new StepChange(
              stepId,
              title,
              Paired.of(
                  values(
                      ra,
                      r ->
                          pa < 0 || sa < 0
                              ? Double.NaN
                              : r.processes().get(pa).stepQueueWait()[sa]),
                  values(
                      rb,
                      r ->
                          pb < 0 || sb < 0
                              ? Double.NaN
                              : r.processes().get(pb).stepQueueWait()[sb]))));
    }
    return new ProcessChange(
        id,
        spec.title(),
        paired(ra, pa, rb, pb, ReplicationResult.ProcessFigures::meanCycle),
        paired(ra, pa, rb, pb, ReplicationResult.ProcessFigures::medianCycle),
        paired(ra, pa, rb, pb, ReplicationResult.ProcessFigures::p90Cycle),
        paired(ra, pa, rb, pb, ReplicationResult.ProcessFigures::throughputPerWeek),
        paired(ra, pa, rb, pb, f -> f.open()),
        steps);
  }

  private static Paired paired(
      List<ReplicationResult> ra,
      int pa,
      List<ReplicationResult> rb,
      int pb,
      ToDoubleFunction<ReplicationResult.ProcessFigures> f) {
    return Paired.of(
        values(ra, r -> pa < 0 ? Double.NaN : f.applyAsDouble(r.processes().get(pa))),
        values(rb, r -> pb < 0 ? Double.NaN : f.applyAsDouble(r.processes().get(pb))));
  }

  static int indexOf(SimModel m, String id) {
    for (int i = 0; i < m.processes().size(); i++) {
      if (m.processes().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static int stepIndex(SimModel m, int process, String stepId) {
    if (process < 0) {
      return -1;
    }
    List<SimModel.SimStep> steps = m.processes().get(process).steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(stepId)) {
        return i;
      }
    }
    return -1;
  }

  private static int roleIndex(SimModel m, String name) {
    for (int i = 0; i < m.roles().size(); i++) {
      if (m.roles().get(i).name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  private static double[] values(
      List<ReplicationResult> runs, ToDoubleFunction<ReplicationResult> f) {
    return runs.stream().mapToDouble(f).toArray();
  }
}
