package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sim2 (issue 17): Prosimos export and import from the command line, fmt on scenario files. */
class SimulateProsimosAndFmtTest {
  private static final String EXAMPLES = ProjectPaths.inRepo("examples").toString();

  @Test
  void aProcessIsExportedAndTheExportSimulatesAsAProsimosModel(@TempDir Path dir) {
    Cli e =
        Cli.run(
            "simulate",
            EXAMPLES,
            "--export-prosimos",
            dir.toString(),
            "--process",
            "purchase-approval");
    assertThat(e.exit()).as(e.err()).isZero();
    assertThat(e.out()).contains("purchase-approval.bpmn").contains("calls another process");
    Cli r =
        Cli.run(
            "simulate",
            dir.resolve("purchase-approval.bpmn").toString(),
            "--prosimos",
            dir.resolve("purchase-approval.json").toString(),
            "--cases",
            "200",
            "--replications",
            "2",
            "--lang",
            "en");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("200 cases per process")
        .contains("the Prosimos model's own distributions")
        .contains("400 cases started in all replications, 400 done");
  }

  @Test
  void anUnknownProcessOrABrokenModelIsRefused(@TempDir Path dir) throws Exception {
    Cli e = Cli.run("simulate", EXAMPLES, "--export-prosimos", dir.toString(), "--process", "x");
    assertThat(e.exit()).isEqualTo(2);
    assertThat(e.err()).contains("no process 'x'; the processes are: ");
    Path bpmn = dir.resolve("m.bpmn");
    Path json = dir.resolve("m.json");
    Files.writeString(bpmn, "<definitions>");
    Files.writeString(json, "{}");
    Cli r = Cli.run("simulate", bpmn.toString(), "--prosimos", json.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[prosimos]: " + bpmn + ": not well-formed XML");
  }

  @Test
  void fmtRewritesAScenarioCanonically(@TempDir Path dir) throws Exception {
    Path s = dir.resolve("a.scenario");
    Files.writeString(s, "scenario: A\nvolym: alla x 2\narbetstid: alla 24/7\n");
    Cli r = Cli.run("fmt", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(s))
        .isEqualTo("scenario: A\nvolym: alla +100 %\narbetstid: alla dygnet runt\n");
    assertThat(Cli.run("fmt", "--check", s.toString()).exit()).isZero();
  }
}
