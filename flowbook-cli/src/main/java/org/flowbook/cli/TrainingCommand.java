package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.training.curriculum.Curricula;
import org.flowbook.training.curriculum.Curriculum;
import org.flowbook.training.impact.TrainingImpact;
import org.flowbook.training.record.RecordImport;
import org.flowbook.training.record.TrainingCsv;
import org.flowbook.training.report.CurriculumReport;
import org.flowbook.training.report.ImpactReport;
import org.flowbook.training.report.MatrixReport;
import org.flowbook.training.report.MatrixXlsx;
import org.flowbook.training.status.MatrixBuilder;
import org.flowbook.training.status.TrainingMatrix;
import org.flowbook.training.version.ProcessVersion;
import org.flowbook.training.version.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook training}: what a role must learn, and who is trained on what. */
@Command(
    name = "training",
    mixinStandardHelpOptions = true,
    description = {
      "With --role: the role's curriculum, derived from the processes — the steps it",
      "performs (R) or is accountable for (A), in landscape order, their controls and the",
      "regulations they cite — plus the 'utbildning:' items written under the role.",
      "With --records: the training matrix, people × processes, each cell current, stale",
      "(a newer version changed a step the person's role performs), expired (past the",
      "role's 'giltig:') or missing. --next adds a newer version of a process, so you see",
      "who must re-train before publishing it. With --impact: who must acknowledge a new",
      "version (people whose roles are R/A/C/I on a changed step) and what changed for",
      "each of them. Without any of these: every role's curriculum.",
      "See docs/training.md."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook training examples/ --role Inköpare",
      "  flowbook training examples/ --role Inköpare --format html -o inkopare.html",
      "  flowbook training examples/ --records examples/utbildning.csv",
      "  flowbook training examples/ --records examples/utbildning.csv \\",
      "      --next examples/changes/inkopsgodkannande-new.flow",
      "  flowbook training examples/ --records hr.csv -o matris.xlsx",
      "  flowbook training examples/ --impact examples/changes/inkopsgodkannande-new.flow",
      "",
      "Exit codes: 0 report written, 1 the input has errors (or, with --strict, someone's",
      "training is stale, expired or missing), 2 usage error."
    })
final class TrainingCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    html,
    csv,
    xlsx
  }

  @Spec CommandSpec spec;

  @Mixin ReportOptions reportOptions;

  @Parameters(paramLabel = "WORKSPACE", description = "A workspace folder.")
  Path path;

  @Option(names = "--role", paramLabel = "ROLE", description = "Show this role's curriculum.")
  String role;

  @Option(
      names = "--records",
      paramLabel = "FILE.csv",
      description =
          "Training records (person, process, version, date, trainer; optional step, validity).")
  Path records;

  @Option(
      names = "--next",
      paramLabel = "FILE.flow",
      description = "A newer version of one of the processes (repeatable, oldest first).")
  List<Path> next = new ArrayList<>();

  @Option(
      names = "--impact",
      paramLabel = "FILE.flow",
      description =
          "A new version of a process: who must acknowledge it, who re-trains, what changed for"
              + " each.")
  Path impact;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "The day validity is judged on (default: today).")
  LocalDate asOf;

  @Option(
      names = "--format",
      description =
          "text, json, html; for the matrix also csv and xlsx (default: from the -o extension,"
              + " else text).")
  Format format;

  @Option(
      names = "--strict",
      description = "With --records: exit 1 when any required training is not current.")
  boolean strict;

  @Override
  public Integer call() throws IOException {
    Format fmt = format();
    var language = reportOptions.language();
    if (!Files.isDirectory(path)) {
      throw new ParameterException(
          spec.commandLine(), "'" + path + "' is not a workspace folder (training needs roles)");
    }
    if (records != null && !Files.isRegularFile(records)) {
      throw new ParameterException(spec.commandLine(), "no such records file: " + records);
    }
    if (records == null && (fmt == Format.csv || fmt == Format.xlsx)) {
      throw new ParameterException(
          spec.commandLine(), "csv and xlsx are formats of the matrix; give --records");
    }
    if (fmt == Format.xlsx && reportOptions.output == null) {
      throw new ParameterException(
          spec.commandLine(), "xlsx is a binary file; name it with -o matris.xlsx");
    }
    LoadedWorkspace loaded = Inputs.load(spec, path, null);
    List<Problem> problems = new ArrayList<>(loaded.problems());
    Workspace ws = loaded.workspace();
    Versions versions = Versions.current(ws);
    List<LoadedWorkspace> newer = new ArrayList<>();
    for (Path n : next) {
      if (!Files.isRegularFile(n) || !n.getFileName().toString().endsWith(".flow")) {
        throw new ParameterException(spec.commandLine(), "--next needs a .flow file: " + n);
      }
      LoadedWorkspace nw =
          WorkspaceLoader.loadFile(n, path.resolve(WorkspaceLoader.ORGANIZATION_FILE));
      newer.add(nw);
      problems.addAll(nw.problems().stream().filter(Problem::isError).toList());
      Process p =
          nw.requested().stream()
              .filter(org.flowbook.notation.ProcessDocument::hasProcess)
              .map(org.flowbook.notation.ProcessDocument::process)
              .findFirst()
              .orElse(null);
      if (p == null) {
        continue;
      }
      if (ws.process(p.id()).isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            n + " is process '" + p.id() + "', which the workspace does not have");
      }
      versions = versions.then(ProcessVersion.labelled(p));
    }
    Language l = language.orElse(ws.organization().language());
    if (impact != null) {
      return impact(loaded, newer, problems, versions, l, fmt);
    }
    if (records == null) {
      printProblems(loaded, newer, problems);
      Workspace current = versions.currentWorkspace(ws);
      List<Curriculum> curricula;
      if (role != null) {
        if (current.organization().role(role).isEmpty()
            && current.processes().stream()
                .noneMatch(p -> p.roles().stream().anyMatch(role::equalsIgnoreCase))) {
          throw new ParameterException(
              spec.commandLine(),
              "no role '"
                  + role
                  + "' in the workspace"
                  + org.flowbook.model.Suggestions.closest(
                          role,
                          current.organization().roles().stream()
                              .map(org.flowbook.model.Role::name)
                              .toList())
                      .map(s -> "; did you mean '" + s + "'?")
                      .orElse(""));
        }
        curricula = List.of(Curricula.of(current, role));
      } else {
        curricula = Curricula.all(current).stream().filter(c -> !c.isEmpty()).toList();
      }
      StringBuilder out = new StringBuilder();
      for (Curriculum c : curricula) {
        if (fmt == Format.html && curricula.size() > 1) {
          throw new ParameterException(spec.commandLine(), "html shows one role; add --role");
        }
        if (fmt == Format.json && curricula.size() > 1) {
          out.append(out.length() == 0 ? "[\n" : ",\n");
          out.append(CurriculumReport.json(c).stripTrailing());
          continue;
        }
        out.append(out.length() == 0 ? "" : "\n");
        out.append(
            switch (fmt) {
              case json -> CurriculumReport.json(c);
              case html -> CurriculumReport.html(c, l);
              default -> CurriculumReport.text(c, l);
            });
      }
      if (fmt == Format.json && curricula.size() > 1) {
        out.append("\n]\n");
      }
      reportOptions.write(out.toString());
      return problems.stream().anyMatch(Problem::isError) ? 1 : 0;
    }
    RecordImport imported = TrainingCsv.read(records, records.toString());
    problems.addAll(imported.problems());
    TrainingMatrix matrix =
        new MatrixBuilder(ws, versions)
            .build(imported.records(), asOf == null ? LocalDate.now() : asOf);
    problems.addAll(matrix.problems());
    printProblems(loaded, newer, problems);
    if (imported.hasErrors()) {
      spec.commandLine().getErr().println("no matrix: the records file has errors (see above)");
      spec.commandLine().getErr().flush();
      return 1;
    }
    if (fmt == Format.xlsx) {
      Path parent = reportOptions.output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(reportOptions.output, MatrixXlsx.write(matrix, l));
      spec.commandLine().getErr().println("wrote " + reportOptions.output);
      spec.commandLine().getErr().flush();
    } else {
      reportOptions.write(
          switch (fmt) {
            case json -> MatrixReport.json(matrix);
            case html -> MatrixReport.html(matrix, l);
            case csv -> MatrixReport.csv(matrix, l);
            default -> MatrixReport.text(matrix, l);
          });
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return 1;
    }
    var counts = matrix.counts();
    boolean behind =
        counts.get(org.flowbook.training.status.TrainingStatus.STALE)
                + counts.get(org.flowbook.training.status.TrainingStatus.EXPIRED)
                + counts.get(org.flowbook.training.status.TrainingStatus.MISSING)
            > 0;
    return strict && behind ? 1 : 0;
  }

  private int impact(
      LoadedWorkspace loaded,
      List<LoadedWorkspace> newer,
      List<Problem> problems,
      Versions versions,
      Language l,
      Format fmt)
      throws IOException {
    if (records != null || role != null) {
      throw new ParameterException(
          spec.commandLine(), "--impact shows one change; leave out --records and --role");
    }
    if (fmt != Format.text && fmt != Format.json) {
      throw new ParameterException(spec.commandLine(), "--impact writes text or json");
    }
    if (!Files.isRegularFile(impact) || !impact.getFileName().toString().endsWith(".flow")) {
      throw new ParameterException(spec.commandLine(), "--impact needs a .flow file: " + impact);
    }
    LoadedWorkspace nw =
        WorkspaceLoader.loadFile(impact, path.resolve(WorkspaceLoader.ORGANIZATION_FILE));
    List<LoadedWorkspace> all = new ArrayList<>(newer);
    all.add(nw);
    problems.addAll(nw.problems().stream().filter(Problem::isError).toList());
    printProblems(loaded, all, problems);
    Process after =
        nw.requested().stream()
            .filter(org.flowbook.notation.ProcessDocument::hasProcess)
            .map(org.flowbook.notation.ProcessDocument::process)
            .findFirst()
            .orElse(null);
    if (after == null) {
      spec.commandLine().getErr().println("cannot compare: " + impact + " has no process");
      spec.commandLine().getErr().flush();
      return 1;
    }
    Workspace current = versions.currentWorkspace(loaded.workspace());
    Process before =
        current
            .process(after.id())
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        impact
                            + " is process '"
                            + after.id()
                            + "', which the workspace does not have"));
    TrainingImpact ti = TrainingImpact.of(current, before, after);
    reportOptions.write(
        fmt == Format.json
            ? ImpactReport.json(ti, before, after)
            : ImpactReport.text(ti, current.organization(), before, after, l));
    return problems.stream().anyMatch(Problem::isError) ? 1 : 0;
  }

  private Format format() {
    if (format != null) {
      return format;
    }
    if (reportOptions.output != null) {
      String name = reportOptions.output.getFileName().toString().toLowerCase(Locale.ROOT);
      for (Format f : Format.values()) {
        if (name.endsWith("." + f.name())) {
          return f;
        }
      }
      if (name.endsWith(".htm")) {
        return Format.html;
      }
    }
    return Format.text;
  }

  /** Errors and warnings of the workspace, the newer versions and the records, located. */
  private void printProblems(
      LoadedWorkspace ws, List<LoadedWorkspace> newer, List<Problem> problems) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics =
        new Diagnostics(
                f ->
                    ws.source(f)
                        .or(
                            () ->
                                newer.stream()
                                    .map(n -> n.source(f))
                                    .flatMap(java.util.Optional::stream)
                                    .findFirst())
                        .orElseGet(() -> ProblemSources.fromDisk(f)),
                Terminal.colors())
            .in(reportOptions.problemLanguage(ws));
    int shown = 0;
    for (Problem p : problems) {
      // The workspace's own warnings belong to 'flowbook check'; here only errors and the
      // records' warnings (unknown people, processes, versions) are news.
      boolean fromRecords = records != null && p.location().file().equals(records.toString());
      if ((p.isError() || fromRecords) && shown++ < CheckCommand.MAX_PRINTED) {
        err.print(diagnostics.render(p));
      }
    }
    err.flush();
  }
}
