package org.flowbook.compliance.report;

import java.util.List;
import org.flowbook.compliance.coverage.ControlUse;
import org.flowbook.compliance.coverage.CoverageReport;
import org.flowbook.compliance.coverage.RequirementCoverage;
import org.flowbook.compliance.coverage.StepUse;
import org.flowbook.compliance.coverage.UnknownCitation;
import org.flowbook.compliance.gdpr.ProcessingActivity;
import org.flowbook.compliance.gdpr.ProcessingRecord;
import org.flowbook.compliance.plan.ControlPlan;
import org.flowbook.compliance.plan.PlanRow;
import org.flowbook.compliance.register.Registers;
import org.flowbook.compliance.risk.HeatMap;
import org.flowbook.compliance.risk.RiskEntry;
import org.flowbook.compliance.risk.RiskRegister;

/** The registers as plain text for a terminal: one section per register, gaps first. */
public final class TextReport {

  private TextReport() {}

  public static String text(Registers r) {
    ComplianceTexts x = new ComplianceTexts(r.request().language());
    StringBuilder b = new StringBuilder();
    coverage(r.coverage(), x, b);
    risks(r.risks(), x, b);
    plan(r.plan(), x, b);
    processing(r.processing(), x, b);
    return b.toString();
  }

  static void risks(RiskRegister r, ComplianceTexts x, StringBuilder b) {
    heading(x.get("risk.title"), b);
    if (r.entries().isEmpty()) {
      b.append(x.get("risk.none")).append('\n');
      return;
    }
    b.append(Labels.riskSummary(r, x)).append("\n\n");
    for (RiskEntry e : r.entries()) {
      b.append(e.aboveThreshold() ? "! " : "  ")
          .append(e.risk().name())
          .append("  [")
          .append(e.where())
          .append("]\n    ")
          .append(x.get("col.before"))
          .append(": ")
          .append(Labels.score(e.risk().inherent(), x))
          .append("   ")
          .append(x.get("col.after"))
          .append(": ")
          .append(Labels.residual(e, x))
          .append("   ")
          .append(x.get("col.owner"))
          .append(": ")
          .append(e.owner().isEmpty() ? "—" : e.owner())
          .append("\n    ")
          .append(x.get("col.controls"))
          .append(": ")
          .append(Labels.controls(e, x))
          .append('\n');
    }
    b.append('\n');
    matrix(x.get("risk.before"), r.before(), x, b);
    b.append('\n');
    matrix(x.get("risk.after"), r.after(), x, b);
  }

  /** The heat map as a grid of counts, likelihood 4 at the top. */
  private static void matrix(String title, HeatMap m, ComplianceTexts x, StringBuilder b) {
    b.append(title)
        .append(" (")
        .append(x.get("risk.likelihood"))
        .append(" ↑, ")
        .append(x.get("risk.consequence"))
        .append(" →)\n");
    for (int l = HeatMap.SIZE; l >= 1; l--) {
      b.append("  ").append(l).append(" |");
      for (int c = 1; c <= HeatMap.SIZE; c++) {
        int n = m.count(l, c);
        b.append(String.format(java.util.Locale.ROOT, "%4s", n == 0 ? "." : String.valueOf(n)));
      }
      b.append('\n');
    }
    b.append("    +").append("-".repeat(4 * HeatMap.SIZE)).append("\n     ");
    for (int c = 1; c <= HeatMap.SIZE; c++) {
      b.append(String.format(java.util.Locale.ROOT, "%4d", c));
    }
    b.append('\n');
  }

  static void plan(ControlPlan p, ComplianceTexts x, StringBuilder b) {
    heading(x.format("plan.title", String.valueOf(p.year())), b);
    if (p.rows().isEmpty()) {
      b.append(x.format("plan.none", String.valueOf(p.threshold()))).append('\n');
      return;
    }
    b.append(Labels.planSummary(p, x)).append("\n\n");
    for (PlanRow r : p.rows()) {
      b.append(r.isGap() ? "! " : "- ")
          .append(r.risk().risk().name())
          .append("  [")
          .append(r.risk().where())
          .append("]\n");
      field(x.get("col.assessment"), Labels.score(r.risk().risk().inherent(), x), b);
      field(x.get("col.controlStep"), Labels.control(r, x), b);
      field(x.get("col.responsible"), r.responsible(), b);
      field(x.get("col.frequency"), Labels.frequency(r, x), b);
      field(x.get("col.when"), Labels.timing(r, p.year(), x), b);
      field(x.get("col.reportedTo"), r.reportedTo(), b);
      field(x.get("col.method"), Labels.method(r, x), b);
    }
  }

  static void processing(ProcessingRecord r, ComplianceTexts x, StringBuilder b) {
    heading(x.get("gdpr.title"), b);
    if (r.activities().isEmpty()) {
      b.append(x.get("gdpr.none")).append('\n');
      return;
    }
    b.append(Labels.gdprSummary(r, x)).append('\n');
    for (ProcessingActivity a : r.activities()) {
      b.append('\n').append(a.processTitle()).append(" (").append(a.processId()).append(")\n");
      field(x.get("gdpr.owner"), a.owner(), b);
      field(x.get("gdpr.purposes"), Labels.list(a.purposes(), x), b);
      field(x.get("gdpr.categories"), Labels.list(a.categories(), x), b);
      field(x.get("gdpr.recipients"), Labels.list(a.recipientRoles(), x), b);
      field(x.get("gdpr.systems"), Labels.list(a.recipientSystems(), x), b);
      field(x.get("gdpr.retention"), Labels.list(a.retention(), x), b);
      field(x.get("gdpr.legalBasis"), Labels.list(a.legalBases(), x), b);
      field(x.get("gdpr.carriers"), Labels.list(a.carriers(), x), b);
      field(x.get("gdpr.steps"), String.join(", ", a.steps()), b);
    }
  }

  private static void field(String label, String value, StringBuilder b) {
    b.append("    ").append(label).append(": ").append(value.isEmpty() ? "—" : value).append('\n');
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
