package org.flowbook.notation;

import java.util.List;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;

/** A parsed {@code organization.flow}: the organization, its comments and the problems found. */
public record OrganizationDocument(
    Organization organization,
    Comments comments,
    List<Problem> problems,
    SourceText source,
    java.util.Set<String> statedHeadCounts) {
  public OrganizationDocument {
    problems = List.copyOf(problems);
    statedHeadCounts = java.util.Set.copyOf(statedHeadCounts);
  }

  /** A document that states no head count ({@code antal:}) for any role. */
  public OrganizationDocument(
      Organization organization, Comments comments, List<Problem> problems, SourceText source) {
    this(organization, comments, problems, source, java.util.Set.of());
  }

  /**
   * Whether the role's {@code antal:} is written, not the default 1 (folded name) — so that an
   * explicit {@code antal: 1} with two listed people warns and a role without the line does not.
   */
  public boolean statesHeadCount(String role) {
    return statedHeadCounts.contains(role.toLowerCase(java.util.Locale.ROOT));
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
