package org.flowbook.analysis.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.analysis.metrics.FlowAnalyzer;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.analysis.metrics.RoleFigures;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * The load of every role from all processes of a workspace that state a volume. Each process counts
 * its own steps only: a called process is counted with its own volume, which is assumed to include
 * the calls.
 *
 * @param capacity the utilization per role from all processes together
 * @param contributions hours per month per role and process id
 * @param withoutVolume ids of processes left out because they state no volume
 */
public record WorkspaceLoad(
    CapacityReport capacity,
    Map<String, Map<String, Double>> contributions,
    List<String> withoutVolume) {

  public WorkspaceLoad {
    contributions = Map.copyOf(contributions);
    withoutVolume = List.copyOf(withoutVolume);
  }

  public static WorkspaceLoad of(Workspace workspace) {
    return of(workspace, Map.of());
  }

  /**
   * The load with some volumes given instead of the processes' own (e.g. {@code --volume}).
   *
   * @param volumes cases per month by process id
   */
  public static WorkspaceLoad of(Workspace workspace, Map<String, Double> volumes) {
    FlowAnalyzer analyzer = new FlowAnalyzer(workspace);
    Map<String, double[]> demand = new LinkedHashMap<>();
    Map<String, Map<String, Double>> contributions = new LinkedHashMap<>();
    List<String> withoutVolume = new ArrayList<>();
    for (Process p : workspace.processes()) {
      Double given = volumes.getOrDefault(p.id(), p.casesPerMonth());
      if (given == null) {
        withoutVolume.add(p.id());
        continue;
      }
      double volume = given;
      FlowMetrics m = analyzer.analyze(p, false);
      for (RoleFigures r : m.roleFigures()) {
        if (r.role().isEmpty()) {
          continue;
        }
        double[] d = demand.computeIfAbsent(r.role(), k -> new double[2]);
        d[0] += r.tasks() * volume;
        d[1] += r.workHours() * volume;
        contributions
            .computeIfAbsent(r.role(), k -> new LinkedHashMap<>())
            .merge(p.id(), r.workHours() * volume, Double::sum);
      }
    }
    Map<String, Map<String, Double>> frozen = new LinkedHashMap<>();
    contributions.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
    return new WorkspaceLoad(
        new CapacityAnalyzer(workspace.organization()).fromMonthly(demand, 0),
        frozen,
        withoutVolume);
  }
}
