package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bench commands' shared options (BenchRuns, BenchOrganization) and table (BenchTable). */
class BenchCommandTest {
  @Test
  void eachCommandShowsItsOwnDefaultsOfTheSharedOptions() {
    String people = Cli.run("bench", "people", "--help").out();
    assertThat(people)
        .contains("People (default: 2000)", "Roles (default: 300)", "Processes (default: 200)")
        .contains("Measured runs (default: 5)", "warm-up runs (default: 3)", "Seed (default: 42)");
    String training = Cli.run("bench", "training", "--help").out();
    assertThat(training)
        .contains("People (default: 5000)", "Roles (default: 200)", "Processes (default: 300)");
    assertThat(Cli.run("bench", "simulation", "--help").out())
        .contains("Measured runs (default: 3)", "warm-up runs (default: 1)");
  }

  @Test
  void aSmallCoverageBenchmarkPrintsWhatRanAndOneAlignedRow() {
    Cli r =
        Cli.run(
            "bench",
            "people",
            "--people",
            "200",
            "--roles",
            "40",
            "--processes",
            "20",
            "--steps",
            "5",
            "--runs",
            "1",
            "--warmup",
            "0",
            "--seed",
            "7");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().split("\\R");
    assertThat(lines[0]).startsWith("seed 7, 1 runs after 0 warm-up, Java ").endsWith(" cores");
    assertThat(lines[1])
        .isEqualTo(
            " people  roles processes  steps absences  records  median ms   min ms   cpu ms"
                + "  uncovered  untrained");
    assertThat(lines[2]).hasSize(lines[1].length()).startsWith("    200     40        20    100");
  }

  @Test
  void runsBelowOneOrANegativeWarmUpAreUsageErrors() {
    Cli r = Cli.run("bench", "training", "--runs", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--runs must be >= 1 and --warmup >= 0");
    assertThat(Cli.run("bench", "people", "--people", "0").exit()).isEqualTo(2);
  }

  @Test
  void theTableAlignsEachHeaderToItsColumnsWidth() {
    BenchTable t = new BenchTable().column("subject", "%-10s").column("ms", "%6.1f");
    assertThat(t.header()).isEqualTo("subject        ms");
    assertThat(t.row("a", 2.25)).isEqualTo("a             2.3");
  }
}
