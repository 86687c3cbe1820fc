package org.flowbook.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.flowbook.compliance.register.ComplianceRequest;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.flowbook.output.TextBundle;
import org.flowbook.testkit.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goldens of the held workspace's report in every text format and both languages. */
class ReportGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden");

  @TempDir Path dir;

  @Test
  void everyFormatInBothLanguages() {
    Workspace ws = Fixtures.workspace(dir);
    ComplianceRequest sv = ComplianceRequest.of(Language.SV, 2027);
    ComplianceRequest en = ComplianceRequest.of(Language.EN, 2027);
    Golden.assertMatches(DIR.resolve("report-sv.txt"), ComplianceReports.text(ws, sv));
    Golden.assertMatches(DIR.resolve("report-en.txt"), ComplianceReports.text(ws, en));
    Golden.assertMatches(DIR.resolve("report.json"), ComplianceReports.json(ws, sv));
    Golden.assertMatches(DIR.resolve("report-sv.html"), ComplianceReports.html(ws, sv));
  }

  @Test
  void printedFormatsAreWhole() {
    Workspace ws = Fixtures.workspace(dir);
    byte[] pdf = ComplianceReports.pdf(ws, ComplianceRequest.of(Language.EN, 2027));
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    byte[] docx = ComplianceReports.docx(ws, ComplianceRequest.of(Language.SV, 2027));
    assertThat(docx[0]).isEqualTo((byte) 'P');
    assertThat(docx[1]).isEqualTo((byte) 'K');
  }

  @Test
  void markupInNamesIsText() {
    String hostile =
        Fixtures.APPLICATIONS.replace("Beslut utan stöd i lag", "<script>alert(1)</script> & co");
    Workspace ws = Fixtures.workspace(dir, Fixtures.ORG, Fixtures.INVOICES, hostile);
    String html = ComplianceReports.html(ws, ComplianceRequest.of(Language.SV, 2027));
    assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)");
  }

  @Test
  void everyTextInBothLanguages() {
    assertThat(TextBundle.keysMissingInSomeLanguage("org.flowbook.compliance.report.texts"))
        .isEmpty();
  }

  @Test
  void aWorkspaceWithoutRegistersSaysSoInEachSection() {
    String org = "organisation: Tom\nspråk: en\n";
    Workspace ws = Fixtures.workspace(dir, org);
    String text = ComplianceReports.text(ws, ComplianceRequest.of(Language.EN, 2027));
    assertThat(text)
        .contains("The workspace declares no regulations with requirements.")
        .contains("No risks are written in the processes.")
        .contains("No risk is assessed above the threshold (8); the plan has nothing to test.")
        .contains("No step uses a document or system declared with personal data.");
  }
}
