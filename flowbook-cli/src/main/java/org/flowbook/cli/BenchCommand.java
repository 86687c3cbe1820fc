package org.flowbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code flowbook bench}: performance benchmarks, one subcommand per module. A module adds its
 * benchmark as a class {@code BenchXxxCommand} listed in {@code subcommands} below.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures how fast Flowbook is on your data and prints a table.",
    subcommands = {
      BenchMiningCommand.class,
      BenchDiagramCommand.class,
      BenchHandbookCommand.class,
      BenchAnalysisCommand.class,
      BenchSavesCommand.class,
      BenchPeopleCommand.class,
      BenchTrainingCommand.class,
      BenchSimulationCommand.class,
      BenchCaptureCommand.class,
      BenchSearchCommand.class // multi4 (#20)
    },
    footer = {
      "",
      "Examples:",
      "  flowbook bench mining ../shared/data/logs/bpic2012.xes.gz",
      "  flowbook bench diagram",
      "  flowbook bench handbook examples/",
      "  flowbook bench analysis examples/",
      "  flowbook bench saves",
      "  flowbook bench people",
      "  flowbook bench simulation examples/ --cases 100000",
      "  flowbook bench capture --sizes 500,10000"
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
