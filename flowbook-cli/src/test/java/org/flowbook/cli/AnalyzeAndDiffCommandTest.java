package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeAndDiffCommandTest {
  private static final String EXAMPLES = ProjectPaths.inRepo("examples").toString();
  private static final String PURCHASE =
      ProjectPaths.inRepo("examples/inkopsgodkannande.flow").toString();
  private static final String PURCHASE_NEW =
      ProjectPaths.inRepo("examples/changes/inkopsgodkannande-new.flow").toString();

  @Test
  void analyzeTheDemoWorkspace() {
    Cli r = Cli.run("analyze", EXAMPLES, "--today", "2026-11-27");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Processanalys",
            "Belastning per roll från alla processer",
            "Flaskhals",
            "Inköpsgodkännande");
  }

  @Test
  void analyzeOneFileAsJsonWithAVolume() throws Exception {
    Cli r =
        Cli.run("analyze", PURCHASE, "--format", "json", "--volume", "400/month", "--lang", "en");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode p = root.path("processes").get(0);
    assertThat(p.path("id").asText()).isEqualTo("purchase-approval");
    assertThat(p.path("volume").asDouble()).isEqualTo(400);
    assertThat(p.path("metrics").path("cycleHours").asDouble()).isPositive();
    assertThat(p.path("capacity").path("bottleneck").asText()).isNotEmpty();
    assertThat(root.path("load").isNull()).isTrue();
  }

  @Test
  void htmlReportToAFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Cli r = Cli.run("analyze", EXAMPLES, "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Flaskhals");
  }

  @Test
  void diffOfThePolicyChange() {
    Cli r = Cli.run("diff", PURCHASE, PURCHASE_NEW, "--lang", "en");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("The new step 'Kontrollera leverantörens status'")
        .contains("to the cycle time")
        .contains("Inköpare gains a new task")
        .contains("Controls added");
  }

  @Test
  void diffOfAFileWithItselfSaysSo() {
    Cli r = Cli.run("diff", PURCHASE, PURCHASE);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("De två versionerna beskriver samma process.");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("analyze", EXAMPLES, "--set", "max-foo=3").exit()).isEqualTo(2);
    assertThat(Cli.run("analyze", EXAMPLES, "--disable", "no-such-rule").exit()).isEqualTo(2);
    assertThat(Cli.run("analyze", EXAMPLES, "--volume", "many").exit()).isEqualTo(2);
    assertThat(Cli.run("analyze", EXAMPLES, "--process", "nope").exit()).isEqualTo(2);
    assertThat(Cli.run("analyze", "no/such/folder").exit()).isEqualTo(2);
    assertThat(Cli.run("diff", PURCHASE).exit()).isEqualTo(2);
  }

  @Test
  void notationErrorsExitOneButTheReportIsWritten(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("organization.flow"), "organization: X\nrole: Buyer\n");
    Path bad = dir.resolve("bad.flow");
    Files.writeString(bad, "process: X\nlanguage: en\n\n1. Order   [Byuer]   work 10 min\n");
    Cli r = Cli.run("analyze", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[unknown-role]");
    assertThat(r.out()).contains("Expected cycle time");
  }

  @Test
  void strictFailsOnWarnings(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("organization.flow"), "organization: X\nrole: Buyer\n");
    Path f = dir.resolve("p.flow");
    Files.writeString(f, "process: X\nlanguage: en\n\n1. Order   [Buyer]   work 10 min\n");
    assertThat(Cli.run("analyze", f.toString()).exit()).isZero();
    assertThat(Cli.run("analyze", f.toString(), "--strict").exit()).isEqualTo(1);
  }
}
