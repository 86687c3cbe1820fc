package org.flowbook.compliance.report;

import java.util.ArrayList;
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
import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Chapter;
import org.flowbook.handbook.content.Cover;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.content.Rich;

/**
 * The registers as handbook content (chapters of tables and figures), so the handbook's HTML, PDF
 * and Word writers set them like every other manual; {@link #chapters} are what a handbook that
 * includes a compliance part takes.
 */
public final class ManualReport {
  private ManualReport() {}

  /** A complete report: a cover and one chapter per register. */
  public static Manual manual(Registers r) {
    ComplianceTexts x = new ComplianceTexts(r.request().language());
    String title = x.get("report.title");
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(
        Block.Fact.of(
            x.get("report.regulation"), r.request().regulation().orElse(x.get("report.all"))));
    facts.add(Block.Fact.of(x.get("report.year"), String.valueOf(r.request().year())));
    Cover cover = new Cover(x.get("report.kicker"), title, r.organization(), facts);
    return new Manual(r.request().language(), title, title, cover, 1, chapters(r));
  }

  /** One chapter per register, each starting a page in print. */
  public static List<Chapter> chapters(Registers r) {
    ComplianceTexts x = new ComplianceTexts(r.request().language());
    return List.of(
        coverage(r.coverage(), x),
        risks(r.risks(), x),
        plan(r.plan(), x),
        processing(r.processing(), x));
  }

  static Chapter risks(RiskRegister r, ComplianceTexts x) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(Rich.of(x.get("risk.lead")), true));
    if (r.entries().isEmpty()) {
      blocks.add(Block.Paragraph.of(x.get("risk.none")));
    } else {
      blocks.add(Block.Paragraph.of(Labels.riskSummary(r, x)));
      String caption = x.format("risk.mapCaption", String.valueOf(r.threshold()));
      blocks.add(heatMap(r.before(), x.get("risk.before"), r.threshold(), caption, x));
      blocks.add(heatMap(r.after(), x.get("risk.after"), r.threshold(), caption, x));
      List<List<Rich>> rows = new ArrayList<>();
      for (RiskEntry e : r.entries()) {
        Rich name = e.aboveThreshold() ? Rich.strong(e.risk().name()) : Rich.of(e.risk().name());
        rows.add(
            List.of(
                name,
                Rich.of(e.where()),
                Rich.of(Labels.score(e.risk().inherent(), x)),
                Rich.of(Labels.residual(e, x)),
                Rich.of(e.owner()),
                e.uncontrolled()
                    ? Rich.builder().emphasis(x.get("risk.uncontrolled")).build()
                    : Rich.of(Labels.controls(e, x))));
      }
      blocks.add(
          new Block.Table(
              "",
              List.of(
                  x.get("col.risk"),
                  x.get("col.where"),
                  x.get("col.before"),
                  x.get("col.after"),
                  x.get("col.owner"),
                  x.get("col.controls")),
              rows,
              false));
    }
    return new Chapter(
        "risks", "", x.get("risk.title"), x.get("risk.title"), true, blocks, List.of());
  }

  private static Block heatMap(
      HeatMap m, String title, int threshold, String caption, ComplianceTexts x) {
    List<String> cells = new ArrayList<>();
    for (int l = HeatMap.SIZE; l >= 1; l--) {
      for (int c = 1; c <= HeatMap.SIZE; c++) {
        if (m.count(l, c) > 0) {
          cells.add(
              x.format(
                  "risk.cell",
                  String.valueOf(l),
                  String.valueOf(c),
                  String.valueOf(m.count(l, c))));
        }
      }
    }
    String description =
        x.format("risk.mapDescription", title, m.total(), String.join("; ", cells));
    return new Block.Figure(
        HeatMapSvg.picture(m, title, threshold, x), title + ". " + caption, description);
  }

  static Chapter plan(ControlPlan p, ComplianceTexts x) {
    String year = String.valueOf(p.year());
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            Rich.of(x.format("plan.lead", year, String.valueOf(p.threshold()))), true));
    if (p.rows().isEmpty()) {
      blocks.add(Block.Paragraph.of(x.format("plan.none", String.valueOf(p.threshold()))));
    } else {
      blocks.add(Block.Paragraph.of(Labels.planSummary(p, x)));
      List<List<Rich>> rows = new ArrayList<>();
      for (PlanRow r : p.rows()) {
        rows.add(
            List.of(
                Rich.builder()
                    .strong(r.risk().risk().name())
                    .text(" (" + r.risk().where() + ")")
                    .build(),
                Rich.of(Labels.score(r.risk().risk().inherent(), x)),
                r.isGap() ? Rich.strong(Labels.control(r, x)) : Rich.of(Labels.control(r, x)),
                Rich.of(r.responsible()),
                Rich.of(Labels.frequency(r, x)),
                Rich.of(Labels.timing(r, p.year(), x)),
                Rich.of(r.reportedTo()),
                Rich.of(Labels.method(r, x))));
      }
      blocks.add(
          new Block.Table(
              "",
              List.of(
                  x.get("col.risk"),
                  x.get("col.assessment"),
                  x.get("col.controlStep"),
                  x.get("col.responsible"),
                  x.get("col.frequency"),
                  x.get("col.when"),
                  x.get("col.reportedTo"),
                  x.get("col.method")),
              rows,
              false));
    }
    String title = x.format("plan.title", year);
    return new Chapter("plan", "", title, title, true, blocks, List.of());
  }

  static Chapter processing(ProcessingRecord r, ComplianceTexts x) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(Rich.of(x.get("gdpr.lead")), true));
    blocks.add(
        Block.Paragraph.of(
            r.activities().isEmpty() ? x.get("gdpr.none") : Labels.gdprSummary(r, x)));
    List<Chapter> children = new ArrayList<>();
    for (ProcessingActivity a : r.activities()) {
      List<Block.Fact> facts = new ArrayList<>();
      facts.add(Block.Fact.of(x.get("gdpr.owner"), a.owner().isEmpty() ? "—" : a.owner()));
      facts.add(Block.Fact.of(x.get("gdpr.purposes"), Labels.list(a.purposes(), x)));
      facts.add(Block.Fact.of(x.get("gdpr.categories"), Labels.list(a.categories(), x)));
      facts.add(Block.Fact.of(x.get("gdpr.recipients"), Labels.list(a.recipientRoles(), x)));
      facts.add(Block.Fact.of(x.get("gdpr.systems"), Labels.list(a.recipientSystems(), x)));
      facts.add(Block.Fact.of(x.get("gdpr.retention"), Labels.list(a.retention(), x)));
      facts.add(Block.Fact.of(x.get("gdpr.legalBasis"), Labels.list(a.legalBases(), x)));
      facts.add(Block.Fact.of(x.get("gdpr.carriers"), Labels.list(a.carriers(), x)));
      facts.add(Block.Fact.of(x.get("gdpr.steps"), String.join(", ", a.steps())));
      children.add(
          Chapter.of("gdpr-" + a.processId(), a.processTitle(), List.of(new Block.Facts(facts))));
    }
    return new Chapter(
        "gdpr", "", x.get("gdpr.title"), x.get("gdpr.title"), true, blocks, children);
  }

  static Chapter coverage(CoverageReport c, ComplianceTexts x) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(Rich.of(x.get("coverage.lead")), true));
    if (c.requirements().isEmpty()) {
      blocks.add(Block.Paragraph.of(x.get("coverage.none")));
    } else {
      blocks.add(Block.Paragraph.of(Labels.coverageSummary(c, x)));
      List<List<Rich>> rows = new ArrayList<>();
      for (RequirementCoverage rc : c.requirements()) {
        Rich status =
            rc.isGap() ? Rich.strong(x.get("coverage.gap")) : Rich.of(x.get("coverage.covered"));
        Rich requirement =
            Rich.builder()
                .strong(rc.citation())
                .text(rc.text().isEmpty() ? "" : " " + rc.text())
                .build();
        rows.add(
            List.of(
                status, requirement, controls(rc, x), Rich.of(String.join(", ", rc.processes()))));
      }
      blocks.add(
          new Block.Table(
              "",
              List.of(
                  x.get("col.status"),
                  x.get("col.requirement"),
                  x.get("col.controls"),
                  x.get("col.processes")),
              rows,
              false));
    }
    List<Chapter> children = new ArrayList<>();
    if (!c.unknownCitations().isEmpty()) {
      List<List<Rich>> rows = new ArrayList<>();
      for (UnknownCitation u : c.unknownCitations()) {
        rows.add(
            List.of(
                Rich.strong(u.citation()),
                Rich.of(u.control()),
                Rich.of(u.step().label() + Labels.where(u.step()))));
      }
      children.add(
          Chapter.of(
              "coverage-unknown",
              x.get("coverage.unknown.title"),
              List.of(
                  Block.Paragraph.of(x.get("coverage.unknown.lead")),
                  new Block.Table(
                      "",
                      List.of(x.get("col.citation"), x.get("col.control"), x.get("col.step")),
                      rows,
                      false))));
    }
    return new Chapter(
        "coverage", "", x.get("coverage.title"), x.get("coverage.title"), true, blocks, children);
  }

  private static Rich controls(RequirementCoverage rc, ComplianceTexts x) {
    if (rc.controls().isEmpty()) {
      return Rich.builder().emphasis(x.get("coverage.noControl")).build();
    }
    Rich.Builder b = Rich.builder();
    for (ControlUse cu : rc.controls()) {
      if (!b.isEmpty()) {
        b.text("; ");
      }
      b.text(cu.control());
      if (cu.isPerformed()) {
        b.text(
            " (" + String.join(", ", cu.steps().stream().map(ManualReport::step).toList()) + ")");
      } else {
        b.text(" (").emphasis(x.get("coverage.notPerformed")).text(")");
      }
    }
    return b.build();
  }

  private static String step(StepUse s) {
    return s.processTitle() + " " + s.stepId();
  }
}
