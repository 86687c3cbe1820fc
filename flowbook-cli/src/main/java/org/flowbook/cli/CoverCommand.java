package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.people.absence.AbsenceSources;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.coverage.CoverageAnalyzer;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.Granularity;
import org.flowbook.people.coverage.StandInTraining;
import org.flowbook.people.report.CoverageHtml;
import org.flowbook.people.report.CoverageJson;
import org.flowbook.people.report.CoverageTextReport;
import org.flowbook.training.record.RecordImport;
import org.flowbook.training.record.TrainingCsv;
import org.flowbook.training.record.TrainingRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook cover}: who does each step during a period, and where nobody is there. */
@Command(
    name = "cover",
    mixinStandardHelpOptions = true,
    description = {
      "Shows, per working day or week of a period, who can do every step: the present",
      "holders of its role, then the people who cover for them and the step's or role's",
      "deputies in order. Lists steps with nobody present, steps that hang on one person,",
      "roles whose present capacity is below the demand of the documented volumes, and",
      "deputy chains that loop or end in an absent person. Absences are read from",
      "frånvaro.flow / absences.flow, frånvaro.csv / absences.csv and *.ics in the",
      "workspace, and from --absences. Swedish public holidays are not working days.",
      "With training records (utbildning.csv / training.csv in the workspace, or",
      "--records) it also lists the stand-ins who would take a step over without a",
      "valid training record for it. See docs/coverage.md."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook cover examples/ --from 2027-06-21 --to 2027-08-15        weeks of the summer",
      "  flowbook cover examples/ --from 2027-07-05 --to 2027-07-09 --by day",
      "  flowbook cover examples/ --from 2027-06-21 --to 2027-08-15 -o tackning.html",
      "  flowbook cover examples/ --from 2027-06-21 --to 2027-08-15 --absences hr-export.ics",
      "  flowbook cover examples/ --from 2027-06-21 --to 2027-08-15 --records utbildning.csv",
      "  flowbook cover examples/ --from 2027-06-21 --to 2027-08-15 --format json --strict",
      "  flowbook cover examples/ --from 2027-07-05 --to 2027-07-30 --handover \"Eva Nordin\" -o overlamning.pdf",
      "",
      "Exit codes: 0 report written (also when steps are uncovered), 1 the input has errors",
      "(or, with --strict, a step has nobody or a role is under capacity), 2 usage error."
    })
final class CoverCommand implements Callable<Integer> {
  /** The longest period asked about: enough for any plan, small enough to stay quick. */
  static final int MAX_DAYS = 3 * 366;

  @Spec CommandSpec spec;

  @Mixin StandardReportOptions reportOptions;

  @Parameters(paramLabel = "WORKSPACE", description = "A workspace folder.")
  Path path;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day.")
  LocalDate to;

  @Option(
      names = "--by",
      paramLabel = "day|week",
      description = "Report per working day or per week (default: week).")
  String by = "week";

  @Option(
      names = "--absences",
      paramLabel = "FILE",
      description =
          "More absences: a frånvaro.flow, a CSV (person, from, to) or an .ics (repeatable).")
  List<Path> absences = new ArrayList<>();

  @Option(
      names = "--records",
      paramLabel = "FILE",
      description =
          "Training records (CSV, as for flowbook training) to check the stand-ins against;"
              + " default: utbildning.csv or training.csv in the workspace.")
  Path records;

  @Option(names = "--no-holidays", description = "Count public holidays as working days.")
  boolean noHolidays;

  @Option(
      names = "--handover",
      paramLabel = "PERSON",
      description =
          "Write the handover pack of this person instead: the steps they perform and who covers"
              + " each while they are away for the whole period (-o FILE: .pdf, .docx, .html or .md).")
  String handover;

  @Option(
      names = "--strict",
      description = "Exit 1 when a step has nobody present or a role is under capacity.")
  boolean strict;

  @Override
  public Integer call() throws IOException {
    ReportOutput.Format fmt = reportOptions.format();
    var language = reportOptions.language();
    Granularity granularity =
        switch (by.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "day", "dag" -> Granularity.DAY;
          case "week", "vecka" -> Granularity.WEEK;
          default ->
              throw new ParameterException(
                  spec.commandLine(), "--by: write day or week, not '" + by + "'");
        };
    if (to.isBefore(from)) {
      throw new ParameterException(
          spec.commandLine(), "--to " + to + " is before --from " + from + "; swap them");
    }
    if (java.time.temporal.ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new ParameterException(
          spec.commandLine(), "the period is longer than three years; ask about a shorter one");
    }
    if (!Files.isDirectory(path)) {
      throw new ParameterException(
          spec.commandLine(), "'" + path + "' is not a workspace folder (cover needs the people)");
    }
    for (Path a : absences) {
      if (!Files.isRegularFile(a)) {
        throw new ParameterException(spec.commandLine(), "no such absence file: " + a);
      }
    }
    if (records != null && !Files.isRegularFile(records)) {
      throw new ParameterException(spec.commandLine(), "no such records file: " + records);
    }
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = new ProgressBar(err, "cover", Terminal.interactive());
    bar.step("reading the workspace");
    LoadedWorkspace ws = Inputs.load(spec, path, null);
    bar.step("reading absences");
    List<Path> files = new ArrayList<>(AbsenceSources.inWorkspace(path));
    files.addAll(absences);
    AbsenceSources.Loaded loaded = AbsenceSources.read(files, ws.workspace().organization(), to);
    List<Problem> problems = new ArrayList<>(ws.problems());
    problems.addAll(loaded.problems());
    bar.step("reading training records");
    Optional<List<TrainingRecord>> trained = trainingRecords(problems);
    bar.step("computing cover");
    WorkCalendar calendar = noHolidays ? WorkCalendar.weekdays() : WorkCalendar.swedish();
    CoverageReport report =
        new CoverageAnalyzer(ws.workspace(), loaded.absences(), calendar)
            .analyze(from, to, granularity);
    if (trained.isPresent()) {
      report = StandInTraining.check(report, ws.workspace(), trained.get());
    }
    bar.done();
    printErrors(ws, problems);
    if (ws.workspace().organization().people().isEmpty()) {
      err.println(
          "note: no people are listed, so only head counts are known and every step looks covered;"
              + " list them in people.flow (see docs/notation.md)");
    }
    Language reportLanguage = language.orElse(ws.workspace().organization().language());
    if (handover != null) {
      return handover(ws, loaded, calendar, reportLanguage, problems, trained);
    }
    String text =
        switch (fmt) {
          case json -> CoverageJson.write(report, !noHolidays);
          case html -> CoverageHtml.write(report, ws.workspace(), reportLanguage, !noHolidays);
          case text -> CoverageTextReport.write(report, reportLanguage, !noHolidays);
        };
    reportOptions.write(text);
    if (problems.stream().anyMatch(Problem::isError)) {
      return 1;
    }
    return strict && report.hasGaps() ? 1 : 0;
  }

  /** {@code --handover PERSON}: the handover pack as a document, through the handbook renderers. */
  private int handover(
      LoadedWorkspace ws,
      AbsenceSources.Loaded loaded,
      WorkCalendar calendar,
      Language language,
      List<Problem> problems,
      Optional<List<TrainingRecord>> trained)
      throws IOException {
    if (reportOptions.output == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--handover writes a document: give -o FILE ending in .pdf, .docx, .html or .md");
    }
    org.flowbook.handbook.OutputFormat docFormat =
        org.flowbook.handbook.OutputFormat.fromFileName(
                reportOptions.output.getFileName().toString())
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "cannot tell the format of '"
                            + reportOptions.output
                            + "'; end the file name in .pdf, .html, .docx or .md"));
    org.flowbook.handbook.content.Handover plan;
    try {
      plan =
          org.flowbook.people.report.HandoverPlanner.plan(
              ws.workspace(), loaded.absences(), calendar, handover, from, to, language, trained);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--handover: " + e.getMessage());
    }
    org.flowbook.handbook.Handbooks handbooks =
        new org.flowbook.handbook.Handbooks(CliFlowcharts.get());
    var manual = handbooks.handover(ws.workspace(), plan, java.util.Optional.of(language));
    OutputFiles.write(reportOptions.output, out -> handbooks.render(manual, docFormat, out));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "wrote %s: %d steps of %s, %d with nobody on some day%n",
        reportOptions.output,
        plan.steps().size(),
        plan.person(),
        plan.steps().stream().filter(s -> s.uncovered()).count());
    out.flush();
    return problems.stream().anyMatch(Problem::isError) ? 1 : 0;
  }

  /** The training records a workspace may hold, as {@code flowbook training --records} reads. */
  static final List<String> TRAINING_FILES = List.of("utbildning.csv", "training.csv");

  /**
   * The records of {@code --records}, else of the workspace's {@code utbildning.csv} / {@code
   * training.csv}; empty when there are none or the file has errors (then nothing is checked, and
   * the errors are among the problems).
   */
  private Optional<List<TrainingRecord>> trainingRecords(List<Problem> problems)
      throws IOException {
    Path file = records;
    if (file == null) {
      for (String name : TRAINING_FILES) {
        Path p = path.resolve(name);
        if (Files.isRegularFile(p)) {
          file = p;
          break;
        }
      }
    }
    if (file == null) {
      return Optional.empty();
    }
    RecordImport imported = TrainingCsv.read(file, file.toString());
    problems.addAll(imported.problems());
    return imported.hasErrors() ? Optional.empty() : Optional.of(imported.records());
  }

  private void printErrors(LoadedWorkspace ws, List<Problem> problems) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics =
        new Diagnostics(
                f -> ws.source(f).orElseGet(() -> ProblemSources.fromDisk(f)), Terminal.colors())
            .in(reportOptions.problemLanguage(ws));
    int shown = 0;
    for (Problem p : problems) {
      if (p.isError() && shown++ < CheckCommand.MAX_PRINTED) {
        err.print(diagnostics.render(p));
      }
    }
    err.flush();
  }
}
