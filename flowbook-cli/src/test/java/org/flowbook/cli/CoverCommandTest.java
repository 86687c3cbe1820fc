package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook cover} on the demo summer and on broken absence files. */
class CoverCommandTest {
  private static final String EXAMPLES = ProjectPaths.inRepo("examples").toString();

  /** The demo workspace over the summer weeks, which most tests here look at. */
  private static final List<String> SUMMER =
      List.of("cover", EXAMPLES, "--from", "2027-06-21", "--to", "2027-08-15");

  @Test
  void theDemoSummerHasAnUncoveredSingletonRoleAndARoleUnderCapacity() throws IOException {
    Cli r = Cli.run(SUMMER, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/summary/gaps").asBoolean()).isTrue();
    JsonNode hr = null;
    JsonNode assistants = null;
    for (JsonNode role : json.get("roles")) {
      if (role.get("role").asText().equals("HR-specialist")) {
        hr = role;
      }
      if (role.get("role").asText().equals("Ekonomiassistent")) {
        assistants = role;
      }
    }
    int uncoveredWeeks = 0;
    for (JsonNode u : hr.get("units")) {
      uncoveredWeeks += u.get("uncoveredSteps").asInt() > 0 ? 1 : 0;
    }
    assertThat(hr.get("people").asInt()).isEqualTo(1);
    assertThat(uncoveredWeeks).isGreaterThanOrEqualTo(2);
    boolean under = false;
    for (JsonNode u : assistants.get("units")) {
      under |= u.get("underCapacity").asBoolean();
    }
    assertThat(under).isTrue();
    assertThat(json.get("holidays").toString()).contains("Midsommarafton");
  }

  @Test
  void strictExitsOneOnGapsAndTextNamesThem() {
    Cli text = Cli.run(SUMMER, "--lang", "en");
    assertThat(text.exit()).isZero();
    assertThat(text.out())
        .contains("Steps with nobody present", "HR-specialist", "Roles under capacity", "loops");
    Cli strict = Cli.run(SUMMER, "--strict");
    assertThat(strict.exit()).isEqualTo(1);
    Cli quiet =
        Cli.run("cover", EXAMPLES, "--from", "2027-03-01", "--to", "2027-03-05", "--strict");
    assertThat(quiet.exit()).as(quiet.out()).isZero();
  }

  @Test
  void writesHtmlWithTheHeatMapAndMarkedFlowcharts(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("cover.html");
    Cli r = Cli.run(SUMMER, "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).contains("<table class=\"heat\"", "class=\"gap\"", "<svg", "ingen: V27");
  }

  @Test
  void theWorkspacesTrainingRecordsCheckTheStandInsAndABrokenRecordsFileChecksNothing(
      @TempDir Path dir) throws IOException {
    Cli r = Cli.run(SUMMER, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\"trainingChecked\" : true")
        .contains("\"person\" : \"Lars Wikström\",\n    \"reason\" : \"never\"");
    Path bad = dir.resolve("records.csv");
    Files.writeString(bad, "person;process\nEva Nordin;it-incident\n", StandardCharsets.UTF_8);
    Cli broken = Cli.run(SUMMER, "--records", bad.toString(), "--format", "json");
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.err()).contains("records.csv:1");
    assertThat(broken.out()).contains("\"trainingChecked\" : false");
    Cli missing = Cli.run(SUMMER, "--records", dir.resolve("nope.csv").toString());
    assertThat(missing.exit()).isEqualTo(2);
  }

  @Test
  void aBrokenAbsenceFileIsALocatedErrorAndExitOne(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("extra.csv");
    Files.writeString(bad, "person;från;till\nEva Nordin;2027-07-05\n", StandardCharsets.UTF_8);
    Cli r = Cli.run(SUMMER, "--absences", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("extra.csv:2:1: error[csv-ragged-row]");
  }

  @Test
  void usageErrors() {
    assertThat(Cli.run("cover", EXAMPLES, "--from", "2027-08-15", "--to", "2027-06-21").exit())
        .isEqualTo(2);
    assertThat(Cli.run(SUMMER, "--by", "month").exit()).isEqualTo(2);
    assertThat(Cli.run("cover", EXAMPLES, "--from", "2027-06-21").exit()).isEqualTo(2);
    assertThat(Cli.run("cover", "--help").out()).contains("Examples:", "--strict");
  }

  @Test
  void handoverWritesWhoCoversEachOfThePersonsSteps(@TempDir Path dir) throws IOException {
    Path md = dir.resolve("overlamning.md");
    // Maria Sandberg (Ekonomichef) away weeks 30–31: Lars Wikström, the Ekonomidirektör, is the
    // role's deputy in week 30 and away from 2 August, so week 31 has nobody.
    Cli r =
        Cli.run(
            "cover",
            EXAMPLES,
            "--from",
            "2027-07-26",
            "--to",
            "2027-08-06",
            "--handover",
            "Maria Sandberg",
            "-o",
            md.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 steps of Maria Sandberg, 3 with nobody on some day");
    assertThat(Files.readString(md, StandardCharsets.UTF_8))
        .contains("# Maria Sandberg", "Sammanställ budgeten", "V30: Lars Wikström; V31: ingen");
    Path pdf = dir.resolve("overlamning.pdf");
    assertThat(
            Cli.run(
                    "cover",
                    EXAMPLES,
                    "--from",
                    "2027-07-05",
                    "--to",
                    "2027-07-30",
                    "--handover",
                    "Eva Nordin",
                    "-o",
                    pdf.toString())
                .exit())
        .isZero();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

    Cli typo =
        Cli.run(
            "cover",
            EXAMPLES,
            "--from",
            "2027-07-05",
            "--to",
            "2027-07-30",
            "--handover",
            "Eva Nordn",
            "-o",
            pdf.toString());
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("did you mean 'Eva Nordin'");
    Cli noFile =
        Cli.run(
            "cover",
            EXAMPLES,
            "--from",
            "2027-07-05",
            "--to",
            "2027-07-30",
            "--handover",
            "Eva Nordin");
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).contains("give -o FILE");
  }

  @Test
  void aHandoverPdfKeepsThePdfLibrariesQuiet(@TempDir Path dir) {
    // openhtmltopdf logs a line per link without title once PDF/UA tagging is on; every command
    // must silence it, not only `manual` (cover --handover printed dozens of such lines)
    java.util.logging.Logger pdf = java.util.logging.Logger.getLogger("com.openhtmltopdf");
    pdf.setLevel(null);
    Cli r =
        Cli.run(
            "cover",
            EXAMPLES,
            "--from",
            "2027-07-05",
            "--to",
            "2027-07-30",
            "--handover",
            "Eva Nordin",
            "-o",
            dir.resolve("h.pdf").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(pdf.getLevel()).isEqualTo(java.util.logging.Level.SEVERE);
  }

  @Test
  void aSinglePersonStepSaysWhoPerWeekInsteadOfListingTwoAsIfTogether() {
    Cli r = Cli.run(SUMMER);
    assertThat(r.exit()).isZero();
    // Karin Holmqvist (VD) is away weeks 27–30, when Lars Wikström covers for her.
    assertThat(r.out())
        .contains(
            "Budgetprocess 4 Granska budgeten i ledningsgruppen [VD]: 2027-V25 (4 d), 2027-V26 (5"
                + " d), 2027-V31 (5 d), 2027-V32 (5 d) — vem: Karin Holmqvist; 2027-V27 (5 d),"
                + " 2027-V28 (5 d), 2027-V29 (5 d), 2027-V30 (5 d) — vem: Lars Wikström")
        .doesNotContain("vem: Karin Holmqvist, Lars Wikström");
  }
}
