package org.flowbook.compliance.report;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.compliance.coverage.ControlUse;
import org.flowbook.compliance.coverage.CoverageReport;
import org.flowbook.compliance.coverage.RequirementCoverage;
import org.flowbook.compliance.coverage.StepUse;
import org.flowbook.compliance.coverage.UnknownCitation;
import org.flowbook.compliance.register.Registers;
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
    return List.of(coverage(r.coverage(), x));
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
