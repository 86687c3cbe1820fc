package org.flowbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --org} option of the commands that read process files (a picocli mixin). */
final class OrganizationOption {
  @Option(
      names = "--org",
      paramLabel = "FILE",
      description =
          "The organization.flow for a lone process file (default: the nearest one in its folder"
              + " or above).")
  Path file;
}
