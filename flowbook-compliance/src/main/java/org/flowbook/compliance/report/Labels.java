package org.flowbook.compliance.report;

import org.flowbook.compliance.coverage.CoverageReport;
import org.flowbook.compliance.coverage.StepUse;

/** Sentences every format of a register shares, so text, HTML and PDF say the same. */
final class Labels {
  private Labels() {}

  static String coverageSummary(CoverageReport c, ComplianceTexts x) {
    return x.format("coverage.summary", c.requirements().size(), c.coveredCount(), c.gaps().size());
  }

  /**
   * " (inkop.flow:12)" when the step's place is known, else nothing: the file's name only, so the
   * report reads the same wherever the workspace lies.
   */
  static String where(StepUse s) {
    if (!s.at().known()) {
      return "";
    }
    String file = s.at().file().replaceAll("^.*[/\\\\]", "");
    return " (" + file + ":" + s.at().line() + ")";
  }
}
