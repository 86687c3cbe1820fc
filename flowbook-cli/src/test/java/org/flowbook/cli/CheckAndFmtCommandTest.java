package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndFmtCommandTest {
  private static final String EXAMPLES = ProjectPaths.inRepo("examples").toString();

  @Test
  void theDemoWorkspaceHasNoErrors() {
    Cli r = Cli.run("check", EXAMPLES);
    assertThat(r.err()).doesNotContain("error[");
    assertThat(r.exit()).isZero();
    // The demo organization is Swedish, so the summary is too (issue 12 item 5).
    assertThat(r.out()).contains("0 fel, 0 varningar");
    assertThat(Cli.run("check", "--lang", "en", EXAMPLES).out()).contains("0 errors, 0 warnings");
  }

  @Test
  void everyDemoFileIsCanonicallyFormatted() {
    Cli r = Cli.run("fmt", "--check", EXAMPLES);
    assertThat(r.out()).as("files fmt would change").isEmpty();
    assertThat(r.exit()).isZero();
  }

  @Test
  void theChangedVersionsUseTheDemoOrganization() throws Exception {
    Path changes = ProjectPaths.inRepo("examples/changes");
    if (!Files.isDirectory(changes)) {
      return;
    }
    try (var files = Files.list(changes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".flow")).toList()) {
        Cli r = Cli.run("check", f.toString());
        assertThat(r.exit()).as("%s: %s", f, r.err()).isZero();
      }
    }
  }

  @Test
  void errorsArePrintedWithLocationCaretAndHintAndExitOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("organization.flow"), "roll: Inköpare\n");
    Path bad = dir.resolve("bad.flow");
    Files.writeString(bad, "process: X\n\n1. Beställ   [Inkopare]\n");
    Cli r = Cli.run("check", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    // A Swedish file gets its problems in Swedish; code and position are the same in both.
    assertThat(r.err())
        .contains(bad + ":3:15: error[unknown-role]: rollen 'Inkopare' är inte deklarerad")
        .contains("3 | 1. Beställ   [Inkopare]")
        .contains("|" + " ".repeat(15) + "^")
        .contains("= hint: menade du 'Inköpare'?");
    Cli en = Cli.run("check", "--lang", "en", bad.toString());
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err())
        .contains(bad + ":3:15: error[unknown-role]: role 'Inkopare' is not declared")
        .contains("= hint: did you mean 'Inköpare'?");
    assertThat(Cli.run("check", "--lang", "fr", bad.toString()).exit()).isEqualTo(2);
  }

  @Test
  void jsonOutputHasTheDocumentedShape(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("organization.flow"), "roll: Chef\n");
    Files.writeString(dir.resolve("a.flow"), "process: A\n1. Gör   [Chef]\n   -> 9\n");
    Cli r = Cli.run("check", "--format", "json", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("files").asInt()).isEqualTo(2);
    assertThat(json.get("processes").asInt()).isEqualTo(1);
    JsonNode p = json.get("problems").get(0);
    assertThat(p.fieldNames())
        .toIterable()
        .containsExactly("file", "line", "column", "step", "severity", "code", "message", "hint");
    assertThat(p.get("code").asText()).isEqualTo("unknown-step");
    assertThat(p.get("line").asInt()).isEqualTo(3);
    assertThat(p.get("column").asInt()).isEqualTo(7);
    assertThat(p.get("step").asText()).isEqualTo("1");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("check", "/no/such/place").exit()).isEqualTo(2);
    assertThat(Cli.run("check", "--format", "xml", EXAMPLES).exit()).isEqualTo(2);
    assertThat(Cli.run("nosuchcommand").exit()).isEqualTo(2);
  }

  @Test
  void fmtRewritesAFileAndLeavesABrokenOneAlone(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.flow");
    Files.writeString(good, "process:  A\nid: a\nlanguage: en\n1.  Do it [Chef]  work 60 min\n");
    Path broken = dir.resolve("broken.flow");
    String brokenText = "process: B\n1. Do   [Chef]   work soon\n";
    Files.writeString(broken, brokenText);

    Cli r = Cli.run("fmt", good.toString(), broken.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(Files.readString(good))
        .isEqualTo("process: A\nid: a\nlanguage: en\n\n1. Do it   [Chef]   work 1 h\n");
    assertThat(Files.readString(broken)).isEqualTo(brokenText);
    assertThat(r.err()).contains("error[bad-duration]");
    assertThat(Cli.run("fmt", "--check", good.toString()).exit()).isZero();
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command : Main.commandLine().getSubcommands().keySet()) {
      if (command.equals("help")) {
        continue;
      }
      Cli r = Cli.run(command, "--help");
      assertThat(r.exit()).as(command).isZero();
      assertThat(r.out()).as(command + " --help").containsIgnoringCase("example");
    }
  }

  @Test
  void checkReadsTheAbsenceFilesAndLocatesTheirErrors(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("organization.flow"),
        "roll: Inköpare\n\nperson: Anna Berg\n  roller: Inköpare\n");
    Files.writeString(
        dir.resolve("frånvaro.flow"),
        "frånvaro: Anna Berg\n  - 2027-07-05 – 2027-07-09\n\nfrånvaro: Ana Berg\n"
            + "  - 2027-07-12 – 2027-07-16\n");
    Files.writeString(dir.resolve("frånvaro.csv"), "person;från;till\nAnna Berg;2027-08-01\n");
    Cli r = Cli.run("check", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("frånvaro.flow:5:3: error[unknown-person]")
        .contains("menade du 'Anna Berg'")
        .contains("frånvaro.csv:2:1: error[csv-ragged-row]");
    // Fixed, the workspace checks clean again.
    Files.writeString(
        dir.resolve("frånvaro.flow"), "frånvaro: Anna Berg\n  - 2027-07-05 – 2027-07-09\n");
    Files.delete(dir.resolve("frånvaro.csv"));
    Cli ok = Cli.run("check", dir.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
  }

  /** training3 (#16): training-record CSVs are found by their header and checked row by row. */
  @Test
  void checkReadsTrainingRecordsAndLocatesTheirProblems(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("organization.flow"),
        "språk: sv\nroll: Inköpare\n\nperson: Anna Berg\n  roller: Inköpare\n");
    Files.writeString(
        dir.resolve("inkop.flow"),
        "process: Inköp\nid: purchase\nversion: 2.0\nspråk: sv\n\n"
            + "1. Beställ   [Inköpare]   arbete 5 min\n");
    Files.writeString(
        dir.resolve("utbildning.csv"),
        "person;process;steg;version;datum;utbildare;giltig\n"
            + "Anna Berg;purchase;;2.0;2026-01-10;Eva;\n"
            + "Ana Berg;purchase;;2.0;2026-01-10;Eva;\n"
            + "Anna Berg;purchse;;2.0;2026-01-10;Eva;\n"
            + "Anna Berg;purchase;;1.0;2026-01-10;Eva;\n"
            + "Anna Berg;purchase;7;2.0;2026-01-10;Eva;\n"
            + "Anna Berg;purchase;;2.0;2026-13-01;Eva;\n"
            + "Anna Berg;purchase;;2.0;2999-01-01;Eva;\n"
            + "Anna Berg;purchase;;2.0;2026-01-10;Eva;ett tag\n");
    // An event log in the same folder is no training file and is left alone.
    Files.writeString(
        dir.resolve("log.csv"), "case;activity;timestamp\n1;Beställ;2026-01-10T10:00\n");
    Cli r = Cli.run("check", "--lang", "en", dir.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.err())
        .contains("utbildning.csv:3:1: warning[unknown-person]: 'Ana Berg' is not a listed person")
        .contains("did you mean 'Anna Berg'?")
        .contains("utbildning.csv:4:1: warning[unknown-process]: no process has the id 'purchse'")
        .contains("did you mean 'purchase'?")
        .contains(
            "utbildning.csv:5:1: warning[unknown-version]: '1.0' is no known version of purchase")
        .contains("the current version is '2.0'")
        .contains(
            "utbildning.csv:6:1: warning[unknown-step]: purchase has no step '7' in version 2.0")
        .contains("utbildning.csv:7:1: error[bad-training-record]: '2026-13-01' is not a date")
        .contains(
            "utbildning.csv:8:1: error[bad-training-record]: the date 2999-01-01 is in the future")
        .contains(
            "utbildning.csv:9:1: error[bad-training-record]: 'ett tag' is not a validity period")
        .contains(": 3 errors, 4 warnings")
        .doesNotContain("log.csv")
        .doesNotContain("utbildning.csv:2:");
    // In the workspace's language by default.
    Cli sv = Cli.run("check", dir.toString());
    assertThat(sv.err())
        .contains("warning[unknown-person]: 'Ana Berg' är ingen listad person")
        .contains("error[bad-training-record]: '2026-13-01' är inget datum");
  }
}
