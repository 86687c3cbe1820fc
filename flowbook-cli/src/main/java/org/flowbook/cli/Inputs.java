package org.flowbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Loading what the user named on the command line, with usage errors for what is not there. */
final class Inputs {
  private Inputs() {}

  /** Loads a workspace folder or a single .flow file; exit 2 when the path does not exist. */
  static LoadedWorkspace load(CommandSpec spec, Path path, Path org) {
    if (!Files.exists(path)) {
      throw new ParameterException(spec.commandLine(), "no such file or folder: " + path);
    }
    if (org != null && !Files.isRegularFile(org)) {
      throw new ParameterException(spec.commandLine(), "no such organization file: " + org);
    }
    if (!Files.isDirectory(path) && !path.getFileName().toString().endsWith(".flow")) {
      throw new ParameterException(
          spec.commandLine(), "'" + path + "' is not a .flow file or a workspace folder");
    }
    return WorkspaceLoader.load(path, org);
  }
}
