package org.flowbook.compliance.report;

import java.util.List;
import org.flowbook.compliance.coverage.CoverageReport;
import org.flowbook.compliance.coverage.StepUse;
import org.flowbook.compliance.gdpr.ProcessingRecord;
import org.flowbook.compliance.plan.ControlPlan;
import org.flowbook.compliance.plan.PlanRow;
import org.flowbook.compliance.plan.TestMethod;
import org.flowbook.compliance.risk.RiskEntry;
import org.flowbook.compliance.risk.RiskRegister;
import org.flowbook.model.RiskScore;

/** Words and sentences every format of a register shares, so text, HTML and PDF say the same. */
final class Labels {
  private Labels() {}

  static String coverageSummary(CoverageReport c, ComplianceTexts x) {
    return x.format("coverage.summary", c.requirements().size(), c.coveredCount(), c.gaps().size());
  }

  static String riskSummary(RiskRegister r, ComplianceTexts x) {
    return x.format(
        "risk.summary",
        r.entries().size(),
        r.aboveThreshold().size(),
        String.valueOf(r.threshold()),
        r.entries().stream().filter(RiskEntry::uncontrolled).count());
  }

  static String planSummary(ControlPlan p, ComplianceTexts x) {
    long risks = p.rows().stream().map(PlanRow::risk).distinct().count();
    return x.format("plan.summary", p.rows().size() - p.gaps().size(), risks, p.gaps().size());
  }

  static String gdprSummary(ProcessingRecord r, ComplianceTexts x) {
    return x.format("gdpr.summary", r.activities().size());
  }

  /** "S 3 × K 4 = 12". */
  static String score(RiskScore s, ComplianceTexts x) {
    return x.format(
        "risk.score",
        String.valueOf(s.likelihood()),
        String.valueOf(s.consequence()),
        String.valueOf(s.value()));
  }

  static String residual(RiskEntry e, ComplianceTexts x) {
    return e.risk().residualScore().map(s -> score(s, x)).orElse(x.get("risk.noResidual"));
  }

  static String controls(RiskEntry e, ComplianceTexts x) {
    return e.uncontrolled() ? x.get("risk.uncontrolled") : String.join(", ", e.controls());
  }

  static String control(PlanRow r, ComplianceTexts x) {
    if (r.isGap()) {
      return x.get("plan.missing");
    }
    String s = r.description().isEmpty() ? r.control() : r.control() + ": " + r.description();
    return r.declared() ? s : s + " (" + x.get("plan.unknown") + ")";
  }

  static String frequency(PlanRow r, ComplianceTexts x) {
    if (r.isGap()) {
      return "";
    }
    return r.frequencyKnown().map(f -> f.word(x.t.language())).orElse(x.get("frequency.unknown"));
  }

  static String timing(PlanRow r, int year, ComplianceTexts x) {
    return x.format("timing." + r.timing().key(), String.valueOf(year));
  }

  static String method(PlanRow r, ComplianceTexts x) {
    TestMethod m = r.method();
    return m == TestMethod.SAMPLE || m == TestMethod.REVIEW
        ? x.format("method." + m.key(), r.evidence())
        : x.get("method." + m.key());
  }

  static String list(List<String> items, ComplianceTexts x) {
    return items.isEmpty() ? x.get("gdpr.notStated") : String.join(", ", items);
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
