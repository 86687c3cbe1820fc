package org.flowbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code flowbook} command: one subcommand per capability, each a thin shell. */
@Command(
    name = "flowbook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Flowbook — document, draw, analyse and mine your organization's processes.",
    subcommands = {
      CommandLine.HelpCommand.class,
      CheckCommand.class,
      FmtCommand.class,
      RenderCommand.class,
      ConvertCommand.class,
      AnalyzeCommand.class,
      DiffCommand.class,
      ManualCommand.class,
      MineCommand.class,
      BenchCommand.class,
      ServeCommand.class,
    },
    footer = {
      "",
      "Examples:",
      "  flowbook check examples/          check the demo workspace",
      "  flowbook render examples/inkopsgodkannande.flow -o chart.png   draw a flowchart",
      "  flowbook convert invoice.bpmn invoice.flow   BPMN 2.0 to .flow (and back)",
      "  flowbook manual examples/ -o handbok.pdf   the whole handbook as PDF",
      "  flowbook mine log.xes.gz          bottlenecks, variants and rework of an event log",
      "  flowbook help check               help for one command",
      "",
      "Exit codes: 0 success, 1 the input has errors, 2 usage error."
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (used by tests instead of main). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
