package org.flowbook.compliance.report;

import java.util.List;
import org.flowbook.compliance.coverage.ControlUse;
import org.flowbook.compliance.coverage.CoverageReport;
import org.flowbook.compliance.coverage.RequirementCoverage;
import org.flowbook.compliance.coverage.StepUse;
import org.flowbook.compliance.coverage.UnknownCitation;
import org.flowbook.compliance.register.Registers;

/** The registers as plain text for a terminal: one section per register, gaps first. */
public final class TextReport {

  private TextReport() {}

  public static String text(Registers r) {
    ComplianceTexts x = new ComplianceTexts(r.request().language());
    StringBuilder b = new StringBuilder();
    coverage(r.coverage(), x, b);
    return b.toString();
  }

  static void coverage(CoverageReport c, ComplianceTexts x, StringBuilder b) {
    heading(x.get("coverage.title"), b);
    if (c.requirements().isEmpty()) {
      b.append(x.get("coverage.none")).append('\n');
    } else {
      b.append(Labels.coverageSummary(c, x)).append("\n\n");
    }
    int width = Math.max(x.get("coverage.gap").length(), x.get("coverage.covered").length());
    for (RequirementCoverage rc : c.requirements()) {
      String status = x.get(rc.isGap() ? "coverage.gap" : "coverage.covered");
      b.append(pad(status, width)).append("  ").append(rc.citation());
      if (!rc.text().isEmpty()) {
        b.append("  ").append(rc.text());
      }
      b.append('\n');
      String indent = " ".repeat(width + 2) + "  ";
      if (rc.controls().isEmpty()) {
        b.append(indent).append("(").append(x.get("coverage.noControl")).append(")\n");
      }
      for (ControlUse cu : rc.controls()) {
        b.append(indent).append("✓ ").append(cu.control());
        if (cu.isPerformed()) {
          b.append(" — ").append(steps(cu.steps()));
        } else {
          b.append(" (").append(x.get("coverage.notPerformed")).append(")");
        }
        b.append('\n');
      }
    }
    if (!c.unknownCitations().isEmpty()) {
      b.append('\n').append(x.get("coverage.unknown.title")).append('\n');
      for (UnknownCitation u : c.unknownCitations()) {
        b.append("  ")
            .append(u.citation())
            .append(": ")
            .append(u.control())
            .append(" — ")
            .append(u.step().label())
            .append(Labels.where(u.step()))
            .append('\n');
      }
    }
  }

  private static String steps(List<StepUse> steps) {
    return String.join("; ", steps.stream().map(StepUse::label).toList());
  }

  static void heading(String title, StringBuilder b) {
    if (b.length() > 0) {
      b.append('\n');
    }
    b.append(title).append('\n').append("=".repeat(title.length())).append('\n');
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
