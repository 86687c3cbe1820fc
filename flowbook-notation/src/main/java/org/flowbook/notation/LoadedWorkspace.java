package org.flowbook.notation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Problem;
import org.flowbook.model.Workspace;

/**
 * A workspace read from disk: the model, the parsed documents behind it (for formatting and for
 * printing problems with their source lines) and every problem found, syntax and model alike.
 *
 * @param root the workspace folder (the folder of {@code organization.flow})
 * @param requested the process documents that were asked for (all of a folder, or one file)
 */
public record LoadedWorkspace(
    Path root,
    OrganizationDocument organization,
    List<ProcessDocument> requested,
    Workspace workspace,
    List<Problem> problems,
    Map<String, SourceText> sources) {

  public LoadedWorkspace {
    requested = List.copyOf(requested);
    problems = List.copyOf(problems);
    sources = Map.copyOf(sources);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public Optional<SourceText> source(String file) {
    return Optional.ofNullable(sources.get(file));
  }
}
