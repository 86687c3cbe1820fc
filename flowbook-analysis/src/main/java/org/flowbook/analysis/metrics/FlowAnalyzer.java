package org.flowbook.analysis.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Role;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * Computes the {@link FlowMetrics} of processes: expected cycle time, work, cost, handoffs and the
 * critical path per case, with decision shares and rework loops taken into account exactly. A call
 * step adds the called process's figures when the workspace has it.
 */
public final class FlowAnalyzer {
  private final Workspace workspace;
  private final Map<String, Walk> calledCache = new HashMap<>();
  private final Set<String> calling = new HashSet<>();

  public FlowAnalyzer(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Metrics of a process with the processes it calls included. */
  public FlowMetrics analyze(Process process) {
    return analyze(process, true);
  }

  /**
   * Metrics of a process; without {@code expandCalls} a call step counts only its own work (for
   * workspace totals, where the called process is counted with its own volume).
   */
  public FlowMetrics analyze(Process process, boolean expandCalls) {
    List<Caveat> caveats = new ArrayList<>();
    calling.add(process.id());
    FlowSolver solver =
        new FlowSolver(process, id -> expandCalls ? called(id, caveats) : Optional.empty());
    Optional<String> entry = entry(process);
    Walk walk = entry.map(e -> solver.solve(e, "", null)).orElse(Walk.ZERO);
    calling.remove(process.id());
    ProcessIndex index = solver.index();
    for (String id : walk.trapped().stream().sorted().toList()) {
      caveats.add(new Caveat(Caveat.Kind.ENDLESS_LOOP, id, ""));
    }
    for (Step s : process.steps()) {
      if (s instanceof Decision && BranchShares.inconsistent(index.outgoing(s.id()))) {
        caveats.add(new Caveat(Caveat.Kind.SHARES_SCALED, s.id(), ""));
      }
    }
    List<String> path =
        entry
            .map(e -> CriticalPath.of(index, e, solver.joins(), solver.criticalBranches()))
            .orElse(List.of());
    return new FlowMetrics(
        process.id(),
        process.title(),
        workspace.organization().currency(),
        process.workSteps().size(),
        (int)
            process.steps().stream()
                .map(Step::performer)
                .filter(r -> !r.isEmpty())
                .distinct()
                .count(),
        walk.time(),
        walk.work(),
        walk.waiting(),
        walk.effort().values().stream().mapToDouble(Double::doubleValue).sum(),
        cost(walk),
        unpriced(walk),
        walk.handoffs(),
        path,
        CriticalPath.hours(index, path),
        steps(process, walk),
        roles(walk),
        outcomes(process, walk),
        caveats);
  }

  private Optional<Walk> called(String processId, List<Caveat> caveats) {
    Optional<Process> target = workspace.process(processId);
    if (target.isEmpty()) {
      caveats.add(new Caveat(Caveat.Kind.UNKNOWN_CALL, "", processId));
      return Optional.empty();
    }
    Walk cached = calledCache.get(processId);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (!calling.add(processId)) {
      caveats.add(new Caveat(Caveat.Kind.RECURSIVE_CALL, "", processId));
      return Optional.empty();
    }
    Process p = target.get();
    FlowSolver solver = new FlowSolver(p, id -> called(id, caveats));
    Walk walk = entry(p).map(e -> solver.solve(e, "", null)).orElse(Walk.ZERO);
    calling.remove(processId);
    calledCache.put(processId, walk);
    return Optional.of(walk);
  }

  private static Optional<String> entry(Process p) {
    return p.steps().stream()
        .filter(Start.class::isInstance)
        .map(Step::id)
        .findFirst()
        .or(() -> p.steps().stream().map(Step::id).findFirst());
  }

  private double cost(Walk walk) {
    Organization org = workspace.organization();
    double total = 0;
    for (Map.Entry<String, Double> e : walk.effort().entrySet()) {
      total += e.getValue() * org.role(e.getKey()).map(Role::costPerHour).orElse(0.0);
    }
    return total;
  }

  private List<String> unpriced(Walk walk) {
    Organization org = workspace.organization();
    return walk.effort().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(Map.Entry::getKey)
        .filter(r -> org.role(r).map(x -> x.costPerHour() <= 0).orElse(true))
        .sorted()
        .toList();
  }

  private static List<StepFigures> steps(Process p, Walk walk) {
    List<StepFigures> out = new ArrayList<>();
    for (Step s : p.steps()) {
      if (!s.isWork() && s.task().workTime().isZero() && s.task().waitTime().isZero()) {
        continue;
      }
      out.add(
          new StepFigures(
              s.id(),
              s.title(),
              s.performer(),
              walk.visits().getOrDefault(s.id(), 0.0),
              FlowSolver.hours(s.task().workTime()),
              FlowSolver.hours(s.task().waitTime())));
    }
    return out;
  }

  private List<RoleFigures> roles(Walk walk) {
    Organization org = workspace.organization();
    Set<String> names = new HashSet<>(walk.tasks().keySet());
    names.addAll(walk.effort().keySet());
    List<RoleFigures> out = new ArrayList<>();
    for (String r : names) {
      double work = walk.effort().getOrDefault(r, 0.0);
      double rate = org.role(r).map(Role::costPerHour).orElse(0.0);
      out.add(new RoleFigures(r, walk.tasks().getOrDefault(r, 0.0), work, work * rate));
    }
    out.sort(
        Comparator.comparingDouble(RoleFigures::workHours)
            .reversed()
            .thenComparing(RoleFigures::role));
    return out;
  }

  private static Map<String, Double> outcomes(Process p, Walk walk) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Step s : p.steps()) {
      if (s instanceof End) {
        out.put(s.id(), walk.visits().getOrDefault(s.id(), 0.0));
      }
    }
    return out;
  }
}
