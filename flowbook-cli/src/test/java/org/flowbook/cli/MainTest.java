package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line builds only the subcommand it runs, and every one when it must list them. */
class MainTest {
  @Test
  void aNamedCommandIsTheOnlyOneBuilt() {
    assertThat(
            Main.commandLine(new String[] {"mine", "log.csv", "--format", "json"}).getSubcommands())
        .containsOnlyKeys("mine");
    assertThat(Main.commandLine(new String[] {"analyse", "examples"}).getSubcommands())
        .containsKeys("analyze", "analyse");
  }

  @Test
  void helpVersionAndMisspeltCommandsSeeThemAll() {
    int all = Main.COMMANDS.size();
    for (String[] args :
        new String[][] {{}, {"--help"}, {"-V"}, {"help", "mine"}, {"mien", "log.csv"}}) {
      assertThat(Main.commandLine(args).getSubcommands().values().stream().distinct())
          .as(String.join(" ", args))
          .hasSize(all);
    }
  }
}
