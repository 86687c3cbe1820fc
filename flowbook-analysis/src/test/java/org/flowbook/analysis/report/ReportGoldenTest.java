package org.flowbook.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.AnalysisOptions;
import org.flowbook.analysis.AnalysisReport;
import org.flowbook.analysis.Analyzer;
import org.flowbook.analysis.Fixtures;
import org.flowbook.analysis.diff.DiffAnalyzer;
import org.flowbook.analysis.diff.ProcessDiff;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.testkit.Golden;
import org.junit.jupiter.api.Test;

/** The reports of the small purchase process, compared with golden files. */
class ReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static AnalysisReport report(Language lang) {
    Process p = Fixtures.process(Fixtures.PURCHASE);
    Workspace ws = Fixtures.workspace(p);
    return Analyzer.analyze(
        ws,
        List.of(p),
        List.of(),
        true,
        AnalysisOptions.defaults(lang, LocalDate.of(2026, 11, 27)));
  }

  @Test
  void textReportInEnglishAndSwedish() {
    Golden.assertMatches(
        GOLDEN.resolve("purchase-analysis.en.txt"), TextReport.render(report(Language.EN)));
    Golden.assertMatches(
        GOLDEN.resolve("purchase-analysis.sv.txt"), TextReport.render(report(Language.SV)));
  }

  @Test
  void diffReport() {
    Process a = Fixtures.process(Fixtures.PURCHASE);
    Process b =
        Fixtures.process(
            Fixtures.PURCHASE
                .replace("(20 %) -> 3", "(45 %) -> 3")
                .replace(
                    "3. Approve large purchase   [CFO]   work 10 min, wait 2 d",
                    "3. Approve large purchase   [CFO]   work 10 min, wait 2 d\n   control: Second approval"));
    ProcessDiff d = new DiffAnalyzer(Fixtures.workspace(a)).compare(a, b, Optional.empty());
    Golden.assertMatches(GOLDEN.resolve("purchase-diff.en.txt"), DiffReport.render(d, Language.EN));
  }

  @Test
  void htmlReportIsSelfContainedAndEscapesContent() {
    Process p =
        Fixtures.process(
            Fixtures.PURCHASE.replace(
                "process: Purchase approval", "process: <script>alert(1)</script>"));
    AnalysisReport r =
        Analyzer.analyze(
            Fixtures.workspace(p),
            List.of(p),
            List.of(),
            true,
            AnalysisOptions.defaults(Language.EN, LocalDate.of(2026, 11, 27)));
    String html = HtmlReport.render(r);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script")
        .contains("&lt;script&gt;");
    assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http");
    assertThat(html).contains("<svg").contains("Waiting time per case").contains("Cost per case");
    Golden.assertMatches(
        GOLDEN.resolve("purchase-analysis.en.html"), HtmlReport.render(report(Language.EN)));
  }
}
