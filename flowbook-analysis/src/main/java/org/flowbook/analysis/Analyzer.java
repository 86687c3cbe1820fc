package org.flowbook.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowbook.analysis.capacity.CapacityAnalyzer;
import org.flowbook.analysis.capacity.CapacityReport;
import org.flowbook.analysis.capacity.WorkspaceLoad;
import org.flowbook.analysis.lint.LintContext;
import org.flowbook.analysis.lint.Linter;
import org.flowbook.analysis.metrics.FlowAnalyzer;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * The module's entry point: the documentation check, the flow metrics and the capacity of the
 * requested processes, and for a whole workspace the load per role and the workspace findings.
 */
public final class Analyzer {
  private Analyzer() {}

  /**
   * @param requested the processes to report on (all of a workspace, or one file's)
   * @param known problems already found when loading (notation and model); they are reported with
   *     their process and not repeated by the check
   * @param wholeWorkspace whether to add the workspace findings and the load per role
   */
  public static AnalysisReport analyze(
      Workspace workspace,
      List<Process> requested,
      List<Problem> known,
      boolean wholeWorkspace,
      AnalysisOptions options) {
    LintContext lint =
        new LintContext(
            workspace,
            options.settings(),
            options.today(),
            options.locators(),
            options.instructions(),
            options.language());
    FlowAnalyzer flows = new FlowAnalyzer(workspace);
    CapacityAnalyzer capacity = new CapacityAnalyzer(workspace.organization());
    Set<String> seen = new HashSet<>();
    known.forEach(p -> seen.add(key(p)));
    List<ProcessAnalysis> out = new ArrayList<>();
    for (Process p : requested) {
      List<Problem> problems = new ArrayList<>();
      String file = p.at().file();
      for (Problem k : known) {
        if (!file.isEmpty() && k.location().file().equals(file)) {
          problems.add(k);
        }
      }
      for (Problem found : Linter.check(List.of(p), lint)) {
        if (seen.add(key(found))) {
          problems.add(found);
        }
      }
      FlowMetrics m = flows.analyze(p);
      Optional<Double> volume = options.volume().or(() -> Optional.ofNullable(p.casesPerMonth()));
      Optional<CapacityReport> cap = volume.map(v -> capacity.of(m.roleFigures(), v));
      out.add(new ProcessAnalysis(p, m, volume, cap, problems));
    }
    List<Problem> wsProblems = new ArrayList<>();
    Optional<WorkspaceLoad> load = Optional.empty();
    if (wholeWorkspace) {
      wsProblems.addAll(Linter.checkWorkspace(lint));
      java.util.Map<String, Double> volumes = new java.util.HashMap<>();
      options.volume().ifPresent(v -> requested.forEach(p -> volumes.put(p.id(), v)));
      load = Optional.of(WorkspaceLoad.of(workspace, volumes));
    }
    return new AnalysisReport(workspace, options.language(), out, wsProblems, load);
  }

  /** Problems are the same finding when code, place and step agree. */
  private static String key(Problem p) {
    return p.code() + "|" + p.location().file() + "|" + p.location().line() + "|" + p.step();
  }
}
