package org.flowbook.cli;

import picocli.CommandLine.Option;

/**
 * The size and seed of the synthetic organization a benchmark builds (a picocli mixin), for the
 * benchmarks of coverage and of the training matrix. Each command declares it with its own
 * defaults, as {@link BenchRuns} explains.
 */
final class BenchOrganization {
  @Option(names = "--people", description = "People (default: ${DEFAULT-VALUE}).")
  int people;

  @Option(names = "--roles", description = "Roles (default: ${DEFAULT-VALUE}).")
  int roles;

  @Option(names = "--processes", description = "Processes (default: ${DEFAULT-VALUE}).")
  int processes;

  @Option(names = "--steps", description = "Steps per process (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  BenchOrganization(int people, int roles, int processes, int steps) {
    this.people = people;
    this.roles = roles;
    this.processes = processes;
    this.steps = steps;
  }

  /** Whether every size is at least one. */
  boolean positive() {
    return people >= 1 && roles >= 1 && processes >= 1 && steps >= 1;
  }
}
