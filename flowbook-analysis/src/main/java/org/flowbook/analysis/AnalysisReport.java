package org.flowbook.analysis;

import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.capacity.WorkspaceLoad;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Workspace;

/**
 * Everything {@code flowbook analyze} reports.
 *
 * @param processes one analysis per requested process, in workspace order
 * @param workspaceProblems findings about the workspace as a whole (roles, compliance)
 * @param load the load per role from all processes with a volume; empty for a single file
 */
public record AnalysisReport(
    Workspace workspace,
    Language language,
    List<ProcessAnalysis> processes,
    List<Problem> workspaceProblems,
    Optional<WorkspaceLoad> load) {

  public AnalysisReport {
    processes = List.copyOf(processes);
    workspaceProblems = List.copyOf(workspaceProblems);
  }

  /** Every finding, process by process, then the workspace's. */
  public List<Problem> allProblems() {
    java.util.List<Problem> all = new java.util.ArrayList<>();
    processes.forEach(p -> all.addAll(p.problems()));
    all.addAll(workspaceProblems);
    return List.copyOf(all);
  }
}
