package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewCommandTest {
  private static final Path EXAMPLES = ProjectPaths.inRepo("examples");
  private static final Path LOG = ProjectPaths.inRepo("examples/logs/purchase-approval.csv");

  @TempDir Path dir;

  @Test
  void aGuideAsksWhyTheLogDepartsFromTheDocumentedProcess() throws IOException {
    Path md = dir.resolve("guide.md");
    Cli r =
        Cli.run(
            "interview",
            EXAMPLES.toString(),
            "--process",
            "purchase-approval",
            "--log",
            LOG.toString(),
            "-o",
            md.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("wrote " + md);
    String text = Files.readString(md);
    // the example log has reminders to suppliers, a step the manual does not describe
    assertThat(text)
        .contains("Loggen har \"Påminnelse till leverantören\"")
        .contains("Loggen visar att steg 2 (\"Granska anmodan\") hoppas över i")
        .contains("Dokumentationskontrollen säger:");
  }

  @Test
  void aPrintedGuideForANewProcessInEnglish() throws IOException {
    Path pdf = dir.resolve("new.pdf");
    Cli r =
        Cli.run(
            "interview",
            EXAMPLES.toString(),
            "--new",
            "Travel expenses",
            "--lang",
            "en",
            "-o",
            pdf.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      // the cover sets its kicker in capitals
      assertThat(text)
          .containsIgnoringCase("Interview guide:")
          .contains("Travel expenses")
          .contains("What is done in this step?");
      // the cover, the advice, the process and six blank step pages at least
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void usageErrorsSayWhatToGive() {
    assertThat(Cli.run("interview", EXAMPLES.toString()).err())
        .contains("give either --process ID or --new");
    Cli unknown = Cli.run("interview", EXAMPLES.toString(), "--process", "purchase-aproval");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("purchase-approval");
    Cli role =
        Cli.run(
            "interview", EXAMPLES.toString(), "--process", "purchase-approval", "--role", "Kock");
    assertThat(role.exit()).isEqualTo(2);
    assertThat(role.err()).contains("no role 'Kock'");
    Cli format =
        Cli.run(
            "interview", EXAMPLES.toString(), "--new", "X", "-o", dir.resolve("x.odt").toString());
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains(".pdf, .docx, .html or .md");
  }
}
