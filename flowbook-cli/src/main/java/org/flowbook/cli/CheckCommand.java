package org.flowbook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Severity;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.SourceText;
import org.flowbook.output.ProblemJson;
import org.flowbook.output.ProblemTexts;
import org.flowbook.output.TextBundle;
import org.flowbook.people.absence.AbsenceSources;
import org.flowbook.people.absence.IcsReader;
import org.flowbook.training.check.TrainingFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook check}: reports every problem in process files and workspaces. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks .flow process files and workspace folders and reports every problem:",
      "syntax, unknown roles/systems/regulations, broken step references, decisions",
      "without branches, probabilities that do not add up, unreachable steps.",
      "In a workspace folder it also reads the absence files and the training records",
      "(a .csv whose header names person, process, version and trainer): rows that",
      "are no records are errors, unknown people, processes, versions and steps warnings."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook check examples/                       a whole workspace",
      "  flowbook check examples/changes/inkopsgodkannande-new.flow",
      "  flowbook check --format json examples/ > problems.json",
      "  flowbook check --lang en examples/             problems in English",
      "",
      "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error."
    })
final class CheckCommand implements Callable<Integer> {
  /** More than this many problems per run are counted, not printed (hostile inputs). */
  static final int MAX_PRINTED = 500;

  /** The command line's own words (the summary line). */
  static final String TEXTS = "org.flowbook.cli.texts";

  @Spec CommandSpec spec;

  @Mixin OrganizationOption org;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Process files or workspace folders.")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      description =
          "Language of the problem texts (default: each file's own language; codes and positions"
              + " are the same in both).")
  String lang;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only errors, not warnings.")
  boolean quiet;

  enum Format {
    text,
    json
  }

  @Override
  public Integer call() throws Exception {
    int files = 0;
    int processes = 0;
    List<Problem> problems = new ArrayList<>();
    Map<String, SourceText> sources = new LinkedHashMap<>();
    Optional<Language> language = ReportOutput.language(spec, lang);
    Language summaryLanguage = language.orElse(Language.EN);
    for (Path path : paths) {
      LoadedWorkspace ws = Inputs.load(spec, path, org.file);
      files += ws.requested().size() + (path.toFile().isDirectory() ? 1 : 0);
      processes += (int) ws.requested().stream().filter(d -> d.hasProcess()).count();
      for (Problem p : ws.problems()) {
        problems.add(ProblemTexts.in(language.orElseGet(() -> languageOf(ws, p)), p));
      }
      sources.putAll(ws.sources());
      Language wsLanguage = ReportOutput.problemLanguage(spec, lang, ws);
      summaryLanguage = wsLanguage;
      if (Files.isDirectory(path)) {
        List<Problem> absences = new ArrayList<>();
        files += checkAbsences(path, ws, absences, sources);
        problems.addAll(ProblemTexts.in(wsLanguage, absences));
        // training3 (#16): training records (utbildning.csv, HR exports) beside the processes.
        files += checkTrainingRecords(path, ws, wsLanguage, problems, sources);
      }
    }
    if (quiet) {
      problems.removeIf(p -> p.severity() != Severity.ERROR);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(files, processes, problems));
    } else {
      printText(problems, sources, files, processes, TextBundle.of(TEXTS, summaryLanguage));
    }
    out.flush();
    return problems.stream().anyMatch(Problem::isError) ? 1 : 0;
  }

  /**
   * The workspace's absence files ({@code frånvaro.flow}, CSV, {@code .ics}) read as {@code
   * flowbook cover} reads them, so that their errors are found before anyone asks for cover.
   */
  private static int checkAbsences(
      Path dir, LoadedWorkspace ws, List<Problem> problems, Map<String, SourceText> sources)
      throws java.io.IOException {
    List<Path> absenceFiles = AbsenceSources.inWorkspace(dir);
    if (absenceFiles.isEmpty()) {
      return 0;
    }
    // Recurring calendar events are expanded as far as cover would look ahead by default.
    AbsenceSources.Loaded loaded =
        AbsenceSources.read(
            absenceFiles, ws.workspace().organization(), LocalDate.now().plusYears(3));
    problems.addAll(loaded.problems());
    for (Path f : absenceFiles) {
      if (Files.size(f) <= IcsReader.MAX_BYTES) {
        try {
          sources.put(f.toString(), SourceText.read(f, f.toString()));
        } catch (java.io.IOException | RuntimeException e) {
          // the problem is reported without its source line
        }
      }
    }
    return absenceFiles.size();
  }

  /**
   * The workspace's training-record CSVs read as {@code flowbook training --records} reads them:
   * rows that are no records are errors, unknown people, processes, versions and steps warnings.
   */
  private static int checkTrainingRecords(
      Path dir,
      LoadedWorkspace ws,
      Language lang,
      List<Problem> problems,
      Map<String, SourceText> sources)
      throws java.io.IOException {
    List<Path> files = TrainingFiles.inWorkspace(dir);
    if (files.isEmpty() || ws.workspace() == null) {
      return 0;
    }
    for (Problem p : TrainingFiles.check(files, ws.workspace())) {
      problems.add(ProblemTexts.in(lang, p));
    }
    for (Path f : files) {
      try {
        sources.put(f.toString(), SourceText.read(f, f.toString()));
      } catch (java.io.IOException | RuntimeException e) {
        // the problem is reported without its source line
      }
    }
    return files.size();
  }

  private void printText(
      List<Problem> problems,
      Map<String, SourceText> sources,
      int files,
      int processes,
      TextBundle texts) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics = new Diagnostics(sources::get, Terminal.colors());
    int shown = 0;
    for (Problem p : problems) {
      if (shown++ == MAX_PRINTED) {
        err.println(texts.format("check.more", problems.size() - MAX_PRINTED));
        break;
      }
      err.print(diagnostics.render(p));
    }
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    String summary = texts.format("check.summary", files, processes, errors, warnings);
    (errors > 0 ? err : spec.commandLine().getOut()).println(summary);
    err.flush();
  }

  /** The language of the file a problem is in: the process's, else the organization's. */
  private static Language languageOf(LoadedWorkspace ws, Problem p) {
    for (ProcessDocument d : ws.requested()) {
      if (d.hasProcess() && d.source() != null && d.source().file().equals(p.location().file())) {
        return d.process().language();
      }
    }
    return ws.workspace() == null ? Language.EN : ws.workspace().organization().language();
  }

  static String json(int files, int processes, List<Problem> problems) throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("files", files);
    root.put("processes", processes);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Problem p : problems) {
      list.add(problemJson(p));
    }
    root.put("problems", list);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }

  /** The JSON shape of a problem, shared by every command (see docs/json.md). */
  static Map<String, Object> problemJson(Problem p) {
    return ProblemJson.fields(p);
  }
}
