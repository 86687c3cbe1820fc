package org.flowbook.notation;

import java.util.List;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;

/** A parsed {@code organization.flow}: the organization, its comments and the problems found. */
public record OrganizationDocument(
    Organization organization, Comments comments, List<Problem> problems, SourceText source) {
  public OrganizationDocument {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
