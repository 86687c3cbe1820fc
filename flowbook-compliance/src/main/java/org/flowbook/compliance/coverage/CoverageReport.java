package org.flowbook.compliance.coverage;

import java.util.List;

/**
 * Every declared requirement exactly once, gaps first (each group in declaration order), and the
 * citations that name no declared requirement.
 */
public record CoverageReport(
    List<RequirementCoverage> requirements, List<UnknownCitation> unknownCitations) {
  public CoverageReport {
    requirements = List.copyOf(requirements);
    unknownCitations = List.copyOf(unknownCitations);
  }

  public List<RequirementCoverage> gaps() {
    return requirements.stream().filter(RequirementCoverage::isGap).toList();
  }

  public long coveredCount() {
    return requirements.stream().filter(r -> !r.isGap()).count();
  }
}
