package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManualCommandTest {
  private static final Path EXAMPLES = ProjectPaths.inRepo("examples");

  @Test
  void writesAProcessManualInTheFormatOfTheExtension(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("inkop.html");
    Cli r =
        Cli.run(
            "manual",
            EXAMPLES.toString(),
            "--process",
            "purchase-approval",
            "--lang",
            "en",
            "-o",
            html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote " + html);
    assertThat(Files.readString(html))
        .contains("<h1>Inköpsgodkännande</h1>", ">Step by step<", "<svg");
  }

  /**
   * Issue 11 item 11: the temporary file used to make every handbook readable by its owner only.
   */
  @ParameterizedTest
  @ValueSource(strings = {"pdf", "docx", "html", "md"})
  void theHandbookGetsTheModeOfAnyNewFileInItsFolder(String extension, @TempDir Path dir)
      throws Exception {
    Path fresh = Files.createFile(dir.resolve("fresh.txt"));
    Path target = dir.resolve("handbok." + extension);
    Cli r =
        Cli.run(
            "manual",
            EXAMPLES.toString(),
            "--process",
            "purchase-approval",
            "-o",
            target.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file left behind")
          .containsExactlyInAnyOrder("fresh.txt", "handbok." + extension);
    }
  }

  @Test
  void aLoneProcessFileGivesItsManualAndARoleGivesARoleManual(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("inkop.md");
    Cli r =
        Cli.run(
            "manual", EXAMPLES.resolve("inkopsgodkannande.flow").toString(), "-o", md.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(md)).startsWith("*Processbeskrivning*\n\n# Inköpsgodkännande");
    Path docx = dir.resolve("inkopare.docx");
    r = Cli.run("manual", EXAMPLES.toString(), "--role", "inköpare", "-o", docx.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(docx)).startsWith('P', 'K');
  }

  @Test
  void usageErrorsExitTwoAndWriteNothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("x.pdf");
    Cli r =
        Cli.run(
            "manual", EXAMPLES.toString(), "--process", "purchse-approval", "-o", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("did you mean 'purchase-approval'");
    assertThat(Cli.run("manual", EXAMPLES.toString(), "-o", dir.resolve("x.txt").toString()).exit())
        .isEqualTo(2);
    assertThat(
            Cli.run(
                    "manual",
                    EXAMPLES.toString(),
                    "--role",
                    "Chef",
                    "--process",
                    "purchase-approval")
                .exit())
        .isEqualTo(2);
    assertThat(Cli.run("manual", EXAMPLES.toString(), "--lang", "de", "-o", out.toString()).exit())
        .isEqualTo(2);
    assertThat(out).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary files left behind").isEmpty();
    }
  }

  @Test
  void aWorkspaceWithErrorsIsReportedAndExitsOne(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("organization.flow"), "organisation: X\nspråk: sv\n\nroll: Chef\n");
    Files.writeString(dir.resolve("a.flow"), "process: A\n\n1. Gör något   [Chfe]\n");
    Cli r = Cli.run("manual", dir.toString(), "-o", dir.resolve("a.html").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[unknown-role]").contains("the manual was not written");
  }

  @Test
  void aPositionDescriptionListsResponsibilitiesCarriedThingsAndDeputies(@TempDir Path dir)
      throws Exception {
    Path md = dir.resolve("befattning.md");
    Cli r =
        Cli.run("manual", EXAMPLES.toString(), "--position", "ekonomichef", "-o", md.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String text = java.nio.file.Files.readString(md);
    assertThat(text)
        .contains("*Befattningsbeskrivning*", "# Ekonomichef", "## Syfte", "Maria Sandberg")
        .contains("| Månadsbokslut | [4. Granska avstämningarna]")
        .contains("**Rollens ersättare, i ordning:** Ekonomidirektör")
        .contains("**Kliver in för rollerna:** Ekonomidirektör, Inköpare")
        .contains("## Processer att lära sig", "Leverantörsfakturor (A)");
    assertThat(
            Cli.run(
                    "manual",
                    EXAMPLES.toString(),
                    "--position",
                    "Ekonomichef",
                    "--role",
                    "Inköpare",
                    "-o",
                    md.toString())
                .exit())
        .isEqualTo(2);
    Cli unknown =
        Cli.run("manual", EXAMPLES.toString(), "--position", "Ekonomchef", "-o", md.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("did you mean 'Ekonomichef'");
  }
}
