package org.flowbook.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --runs} and {@code --warmup} of a benchmark command (a picocli mixin). Each command
 * declares it with its own defaults, {@code @Mixin BenchRuns runs = new BenchRuns(5, 3)}: picocli
 * keeps an instance it finds and shows the field values as the defaults.
 */
final class BenchRuns {
  @Option(names = "--runs", description = "Measured runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmup", description = "Unmeasured warm-up runs (default: ${DEFAULT-VALUE}).")
  int warmup;

  BenchRuns(int runs, int warmup) {
    this.runs = runs;
    this.warmup = warmup;
  }

  /** Refuses a run count below one or a negative warm-up, naming both rules. */
  void check(CommandSpec spec) {
    if (runs < 1 || warmup < 0) {
      throw new ParameterException(spec.commandLine(), "--runs must be >= 1 and --warmup >= 0");
    }
  }

  /** The first line of a seeded benchmark's output: what was run, on which Java and cores. */
  String describe(long seed) {
    return String.format(
        Locale.ROOT,
        "seed %d, %d runs after %d warm-up, %s",
        seed,
        runs,
        warmup,
        BenchMachine.of());
  }
}
