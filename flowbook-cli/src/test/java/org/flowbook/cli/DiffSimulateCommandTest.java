package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

/** {@code flowbook diff OLD NEW --simulate}: simulated before/after with paired intervals. */
class DiffSimulateCommandTest {
  private static final String OLD =
      ProjectPaths.inRepo("examples/inkopsgodkannande.flow").toString();
  private static final String NEW =
      ProjectPaths.inRepo("examples/changes/inkopsgodkannande-new.flow").toString();

  @Test
  void theTextSummaryStatesTheLeadTimeBeforeAndAfterWithIntervals() {
    Cli r = Cli.run("diff", OLD, NEW, "--simulate", "--replications", "5", "--lang", "sv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Simulerat före och efter (5 körningar per sida med samma slumptal")
        .containsPattern("Ledtiden ökar från \\d+,\\d d \\(\\d+,\\d–\\d+,\\d\\) till \\d+,\\d d")
        .contains("är säkerställd")
        .contains("Inköpare");
    Cli en = Cli.run("diff", OLD, NEW, "--simulate", "--replications", "5", "--lang", "en");
    assertThat(en.out()).contains("The cycle time rises from").contains("is significant");
  }

  @Test
  void jsonCarriesBothSidesAndAPairedDifferenceNarrowerThanEitherSide() throws Exception {
    Cli r = Cli.run("diff", OLD, NEW, "--simulate", "--replications", "8", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode sim = new ObjectMapper().readTree(r.out()).path("simulation");
    JsonNode cycle = sim.path("cycleTimeMean");
    double before = cycle.path("before").path("mean").asDouble();
    double after = cycle.path("after").path("mean").asDouble();
    double diff = cycle.path("difference").path("mean").asDouble();
    assertThat(diff).isCloseTo(after - before, org.assertj.core.data.Offset.offset(2.0));
    assertThat(cycle.path("significant").asBoolean()).isTrue();
    assertThat(sim.path("commonRandomNumbers").asBoolean()).isTrue();
    // Common random numbers: the same arrivals on both sides make the paired difference's
    // interval narrower than the sum of the two sides' half-widths (what independent runs give).
    double halfBefore =
        (cycle.path("before").path("high").asDouble() - cycle.path("before").path("low").asDouble())
            / 2;
    double halfAfter =
        (cycle.path("after").path("high").asDouble() - cycle.path("after").path("low").asDouble())
            / 2;
    double halfDiff =
        (cycle.path("difference").path("high").asDouble()
                - cycle.path("difference").path("low").asDouble())
            / 2;
    assertThat(halfDiff).isLessThan(Math.hypot(halfBefore, halfAfter));
    assertThat(sim.path("roles").size()).isGreaterThan(3);
  }

  @Test
  void htmlGetsASectionAndTheSameSeedGivesTheSameReport() {
    Cli a = Cli.run("diff", OLD, NEW, "--simulate", "--replications", "3", "--format", "html");
    Cli b = Cli.run("diff", OLD, NEW, "--simulate", "--replications", "3", "--format", "html");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).contains("<section class=\"simulated\">").contains("</html>");
    assertThat(a.out()).isEqualTo(b.out());
    assertThat(Cli.run("diff", OLD, NEW, "--simulate", "--replications", "0").exit()).isEqualTo(2);
  }

  /**
   * The old version's workspace absences count, as in {@code flowbook simulate}: with one of the
   * two buyers away the whole simulated year, the buyers' utilization before the change is about
   * twice what it is with {@code --no-absences} (it was the same: diff ignored the absences).
   */
  @Test
  void theWorkspaceAbsencesCountUnlessSwitchedOff(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    copyExamplesWithoutAbsences(dir);
    int year = java.time.LocalDate.now().getYear() + 1;
    java.nio.file.Files.writeString(
        dir.resolve("frånvaro.flow"),
        "frånvaro: Emma Strand\n  - " + year + "-01-01 – " + year + "-12-31\n");
    String old = dir.resolve("inkopsgodkannande.flow").toString();
    Cli away = Cli.run("diff", old, NEW, "--simulate", "--replications", "3", "--format", "json");
    Cli ignored =
        Cli.run(
            "diff",
            old,
            NEW,
            "--simulate",
            "--replications",
            "3",
            "--format",
            "json",
            "--no-absences");
    assertThat(away.exit()).as(away.err()).isZero();
    assertThat(ignored.exit()).as(ignored.err()).isZero();
    double withAbsence = buyersBefore(away.out());
    double without = buyersBefore(ignored.out());
    assertThat(without).isGreaterThan(0);
    assertThat(withAbsence).isGreaterThan(1.6 * without);
  }

  @Test
  void aBrokenAbsenceFileIsALocatedError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    copyExamplesWithoutAbsences(dir);
    java.nio.file.Files.writeString(
        dir.resolve("frånvaro.flow"), "frånvaro: Emma Strand\n  - 2027-13-01 – 2027-12-31\n");
    Cli r =
        Cli.run(
            "diff",
            dir.resolve("inkopsgodkannande.flow").toString(),
            NEW,
            "--simulate",
            "--replications",
            "2");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("frånvaro.flow:2:").contains("error[");
  }

  private static double buyersBefore(String json) throws Exception {
    for (JsonNode role : new ObjectMapper().readTree(json).path("simulation").path("roles")) {
      if (role.path("role").asText().equals("Inköpare")) {
        return role.path("utilization").path("before").path("mean").asDouble();
      }
    }
    throw new AssertionError("no Inköpare in " + json);
  }

  /** The demo's .flow files, without its own summer absences. */
  private static void copyExamplesWithoutAbsences(java.nio.file.Path dir) throws Exception {
    try (var files = java.nio.file.Files.list(ProjectPaths.inRepo("examples"))) {
      for (java.nio.file.Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".flow") && !name.equals("frånvaro.flow")) {
          java.nio.file.Files.copy(f, dir.resolve(name));
        }
      }
    }
  }
}
