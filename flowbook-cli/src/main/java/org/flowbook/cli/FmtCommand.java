package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.OrganizationDocument;
import org.flowbook.notation.OrganizationFormatter;
import org.flowbook.notation.OrganizationParser;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.SourceText;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.people.absence.AbsenceFile;
import org.flowbook.simulation.scenario.ScenarioFormatter;
import org.flowbook.simulation.scenario.ScenarioParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook fmt}: rewrites .flow files in the canonical form. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrites .flow files (processes, organization.flow, people and absences) and what-if",
      ".scenario files in the one canonical form:",
      "fixed order of fields, numbered steps separated by blank lines, keywords in the",
      "file's language, comments kept. Files with syntax errors are left untouched."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook fmt examples/                  format a whole workspace in place",
      "  flowbook fmt --check examples/          list files that are not formatted (CI)",
      "  flowbook fmt --stdout examples/inkop.flow",
      "",
      "Exit codes: 0 done (or all formatted with --check), 1 unformatted files or syntax",
      "errors, 2 usage error."
    })
final class FmtCommand implements Callable<Integer> {
  private static final String SCENARIO_EXTENSION = ".scenario";

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files or folders (a folder means its .flow and .scenario files).")
  List<Path> paths;

  @Option(
      names = "--check",
      description =
          "Change nothing; list the files that are not canonically formatted and exit 1 if there are any.")
  boolean check;

  @Option(
      names = "--stdout",
      description = "Print the formatted text instead of rewriting the file.")
  boolean stdout;

  @Override
  public Integer call() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        Path org = p.resolve(WorkspaceLoader.ORGANIZATION_FILE);
        if (Files.isRegularFile(org)) {
          files.add(org);
        }
        for (String n : WorkspaceLoader.ABSENCE_FILES) {
          if (Files.isRegularFile(p.resolve(n))) {
            files.add(p.resolve(n));
          }
        }
        WorkspaceLoader.peopleFiles(p).stream()
            .filter(f -> f.getFileName().toString().endsWith(WorkspaceLoader.EXTENSION))
            .forEach(files::add);
        files.addAll(WorkspaceLoader.processFiles(p));
        files.addAll(scenarioFiles(p));
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failures = 0;
    int changed = 0;
    for (Path file : files) {
      SourceText src = SourceText.read(file, file.toString());
      List<Problem> problems;
      String formatted;
      String fileName = file.getFileName().toString();
      if (fileName.endsWith(SCENARIO_EXTENSION)) {
        ScenarioParser.Parsed parsed = ScenarioParser.parse(src, file.toAbsolutePath().getParent());
        problems = parsed.problems();
        formatted = ScenarioFormatter.format(src).orElse(null);
      } else if (WorkspaceLoader.ABSENCE_FILES.contains(fileName)) {
        AbsenceFile.Document doc = AbsenceFile.parse(src);
        problems = doc.result().problems();
        formatted = doc.result().hasErrors() ? null : AbsenceFile.format(doc);
      } else if (fileName.equals(WorkspaceLoader.ORGANIZATION_FILE)
          || WorkspaceLoader.PEOPLE_FILES.contains(fileName)) {
        OrganizationDocument doc = OrganizationParser.parse(src);
        problems = doc.problems();
        formatted = doc.hasErrors() ? null : OrganizationFormatter.format(doc);
      } else {
        ProcessDocument doc = ProcessParser.parse(src, organizationLanguage(file));
        problems = doc.problems();
        formatted = doc.hasErrors() || !doc.hasProcess() ? null : ProcessFormatter.format(doc);
      }
      if (formatted == null) {
        Diagnostics d =
            new Diagnostics(name -> src, Terminal.colors()).in(organizationLanguage(file));
        problems.stream().filter(Problem::isError).forEach(p -> err.print(d.render(p)));
        err.println(file + ": not formatted because of the errors above");
        failures++;
        continue;
      }
      String original = String.join("\n", src.lines()) + (src.lines().isEmpty() ? "" : "\n");
      boolean same = formatted.equals(original) && isCanonicalBytes(file, formatted);
      if (stdout) {
        out.print(formatted);
      } else if (check) {
        if (!same) {
          out.println(file);
          changed++;
        }
      } else if (!same) {
        Files.writeString(file, formatted, StandardCharsets.UTF_8);
        out.println("formatted " + file);
        changed++;
      }
    }
    out.flush();
    err.flush();
    if (check && changed > 0) {
      err.println(
          changed
              + " file"
              + (changed == 1 ? " is" : "s are")
              + " not formatted; run 'flowbook fmt' on "
              + (changed == 1 ? "it" : "them"));
      err.flush();
    }
    return failures > 0 || (check && changed > 0) ? 1 : 0;
  }

  /** The what-if scenario files in a folder and its sub-folders (sim2, issue 17). */
  private static List<Path> scenarioFiles(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir, 4)) {
      return walk.filter(f -> f.getFileName().toString().endsWith(SCENARIO_EXTENSION))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  /**
   * The language of the organization a process file belongs to: the default for a file that neither
   * declares its language nor makes it clear by its keywords.
   */
  private static Language organizationLanguage(Path file) {
    return WorkspaceLoader.findOrganization(file)
        .map(org -> OrganizationParser.parse(readQuietly(org)).organization().language())
        .orElse(Language.EN);
  }

  private static SourceText readQuietly(Path file) {
    try {
      return SourceText.read(file, file.toString());
    } catch (IOException e) {
      return SourceText.of(file.toString(), "");
    }
  }

  /** The file's bytes are exactly the formatted text (no BOM, no CRLF). */
  private static boolean isCanonicalBytes(Path file, String formatted) throws IOException {
    return java.util.Arrays.equals(
        Files.readAllBytes(file), formatted.getBytes(StandardCharsets.UTF_8));
  }
}
