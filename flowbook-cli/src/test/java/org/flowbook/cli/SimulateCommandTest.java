package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  private static final String EXAMPLES = ProjectPaths.inRepo("examples").toString();
  private static final String SUMMER =
      ProjectPaths.inRepo("examples/scenarios/sommar.scenario").toString();

  @Test
  void theSummerScenarioIsComparedWithTheDocumentedState() {
    Cli r =
        Cli.run("simulate", EXAMPLES, "--scenario", SUMMER, "--replications", "4", "--lang", "en");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Simulation: Nordljus Bygg & Service AB — Sommar 2027")
        .contains("Period 2027-06-01 – 2027-08-31")
        .contains("Compared with As documented")
        .contains("Inköpare: utilization");
  }

  @Test
  void aBadScenarioIsALocatedErrorAndExitOne(@TempDir Path dir) throws Exception {
    Path s = dir.resolve("bad.scenario");
    Files.writeString(s, "scenario: Bad\nantal: Inkopare 1\n");
    Cli r = Cli.run("simulate", EXAMPLES, "--scenario", s.toString(), "--replications", "2");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("bad.scenario:2:8: error[unknown-role]: role 'Inkopare' is not declared")
        .contains("did you mean 'Inköpare'?");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("simulate", EXAMPLES, "--warm-up", "soon").exit()).isEqualTo(2);
    assertThat(Cli.run("simulate", EXAMPLES, "--work-time", "normal").exit()).isEqualTo(2);
    assertThat(Cli.run("simulate", EXAMPLES, "--replications", "0").exit()).isEqualTo(2);
  }

  @Test
  void jsonIsWrittenToAFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sim.json");
    Cli r =
        Cli.run(
            "simulate",
            EXAMPLES,
            "--from",
            "2027-03-01",
            "--to",
            "2027-03-28",
            "--replications",
            "2",
            "-o",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out))
        .contains("\"kind\" : \"simulation\"")
        .contains("\"cycleTimeMean\"");
  }
}
