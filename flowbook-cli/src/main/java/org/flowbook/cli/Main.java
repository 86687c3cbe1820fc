package org.flowbook.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code flowbook} command: one subcommand per capability, each a thin shell. */
@Command(
    name = "flowbook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Flowbook — document, draw, analyse and mine your organization's processes.",
    footer = {
      "",
      "Examples:",
      "  flowbook check examples/          check the demo workspace",
      "  flowbook render examples/inkopsgodkannande.flow -o chart.png   draw a flowchart",
      "  flowbook convert invoice.bpmn invoice.flow   BPMN 2.0 to .flow (and back)",
      "  flowbook manual examples/ -o handbok.pdf   the whole handbook as PDF",
      "  flowbook mine log.xes.gz          bottlenecks, variants and rework of an event log",
      "  flowbook cover examples/ --from 2027-06-21 --to 2027-08-15   who covers each step this summer",
      "  flowbook help check               help for one command",
      "",
      "Exit codes: 0 success, 1 the input has errors, 2 usage error."
    })
public final class Main implements Runnable {
  /** The subcommands, in the order {@code --help} lists them. */
  static final List<Class<?>> COMMANDS =
      List.of(
          CommandLine.HelpCommand.class,
          CheckCommand.class,
          FmtCommand.class,
          RenderCommand.class,
          ConvertCommand.class,
          InterviewCommand.class,
          AnalyzeCommand.class,
          DiffCommand.class,
          CoverCommand.class,
          RegulationsCommand.class,
          TrainingCommand.class,
          ComplianceCommand.class,
          SimulateCommand.class,
          ManualCommand.class,
          MineCommand.class,
          BenchCommand.class,
          ServeCommand.class,
          AdminCommand.class,
          // multi4 (#20): the whole library to one archive and back.
          BackupCommand.class,
          RestoreCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (used by tests instead of main). */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /** The command line with every subcommand. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for {@code args}: when they name a subcommand, only that one is built —
   * picocli builds a command's model by reflection, and building all of them took about a third of
   * a short command's start-up. Help, suggestions for a misspelt command and the command list need
   * them all, so any other first word gets every subcommand.
   */
  static CommandLine commandLine(String[] args) {
    // every command that writes a PDF (manual, cover --handover, reports) must keep the PDF
    // libraries' chatter off the console, so it is silenced once here for all of them
    QuietLibraries.apply();
    String first =
        java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    boolean known = !first.equals("help") && COMMANDS.stream().anyMatch(c -> isNamed(c, first));
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> command : COMMANDS) {
      if (!known || isNamed(command, first)) {
        cl.addSubcommand(command);
      }
      if (command == ServeCommand.class && cl.getSubcommands().containsKey("serve")) {
        ServeCommand.describeSettings(cl.getSubcommands().get("serve")); // sso4 (#20)
      }
    }
    cl.setExecutionExceptionHandler(new ErrorHandler());
    return cl;
  }

  private static boolean isNamed(Class<?> command, String word) {
    Command c = command.getAnnotation(Command.class);
    return c.name().equals(word) || java.util.Arrays.asList(c.aliases()).contains(word);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
