package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.WorkingHours;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.Durations;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.SourceText;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.people.absence.AbsenceSources;
import org.flowbook.people.absence.Absences;
import org.flowbook.simulation.WhatIf;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.ModelCompiler;
import org.flowbook.simulation.engine.RunSettings;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.engine.WorkShape;
import org.flowbook.simulation.prosimos.ProsimosExport;
import org.flowbook.simulation.prosimos.ProsimosFormatException;
import org.flowbook.simulation.prosimos.ProsimosImport;
import org.flowbook.simulation.report.HtmlReport;
import org.flowbook.simulation.report.JsonReport;
import org.flowbook.simulation.report.SimulationRun;
import org.flowbook.simulation.report.TextReport;
import org.flowbook.simulation.scenario.Scenario;
import org.flowbook.simulation.scenario.ScenarioApplier;
import org.flowbook.simulation.scenario.ScenarioParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook simulate}: what-if simulation of a workspace, with scenarios side by side. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates the documented processes together, case by case: arrivals from",
      "their volume, people of each role taking tasks from a shared queue in their",
      "working hours, work times around the documented ones, decisions by their",
      "shares. Reports cycle times, throughput, work in progress, cost, waiting",
      "for a person per step and utilization per role and week, each with a 95 %%",
      "confidence interval over replications. Scenario files change volumes, head",
      "counts, working hours or processes; several are compared with the documented",
      "state and the differences tested (Welch t). See docs/simulation.md."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook simulate examples/                       the coming year as documented",
      "  flowbook simulate examples/ --scenario examples/scenarios/sommar.scenario",
      "  flowbook simulate examples/ --scenario a.scenario --scenario b.scenario -o jmf.html",
      "  flowbook simulate examples/ --from 2027-01-04 --to 2027-03-28 --replications 50 --seed 7",
      "  flowbook simulate examples/ --from 2027-06-01 --to 2027-08-31 --no-absences",
      "  flowbook simulate model.bpmn --prosimos model.json --cases 10000",
      "  flowbook simulate examples/ --export-prosimos out/ --process purchase-approval",
      "",
      "Exit codes: 0 report written (also when queues grow without bound: that is a",
      "finding and is reported), 1 the workspace or a scenario has errors, 2 usage error."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StandardReportOptions reportOptions;

  @Mixin OrganizationOption org;

  @Parameters(paramLabel = "PATH", description = "A workspace folder (or a .flow process file).")
  Path path;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description = "A scenario file (repeatable); compared with the documented state.")
  List<Path> scenarios = new ArrayList<>();

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "Independent runs for the confidence intervals (default: 30).")
  int replications = SimulationRequest.DEFAULT_REPLICATIONS;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the random numbers (default: 1).")
  long seed = 1;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "First day (default: the scenario's period, else 1 January next year).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Last day (default: the scenario's period, else one year).")
  LocalDate to;

  @Option(
      names = "--warm-up",
      paramLabel = "DURATION",
      description =
          "Time before measuring starts, so queues have filled: a duration such as 2 w, or auto"
              + " (default: found by MSER-5 on the open cases per day; with --prosimos, 0).")
  String warmUp = "auto";

  @Option(
      names = "--work-time",
      paramLabel = "SHAPE",
      description = "lognormal (default, CV 0.5), gamma (CV 0.5), exponential or fixed.")
  String shape = "lognormal";

  @Option(
      names = "--hours",
      paramLabel = "HOURS",
      description = "Working hours of every role (default: 'mon-fri 08:00-16:00'; '24/7').")
  String hours;

  @Option(names = "--no-holidays", description = "Do not close on Swedish public holidays.")
  boolean noHolidays;

  @Option(
      names = "--prosimos",
      paramLabel = "PARAMS.json",
      description =
          "Simulate a Prosimos model instead of a workspace: PATH is its .bpmn file and this its"
              + " JSON of parameters (docs/simulation.md, Prosimos).")
  Path prosimos;

  @Option(
      names = "--export-prosimos",
      paramLabel = "DIR",
      description =
          "Write the process given by --process as Prosimos input (ID.bpmn and ID.json in DIR)"
              + " instead of simulating.")
  Path exportProsimos;

  @Option(
      names = "--process",
      paramLabel = "ID",
      description = "With --export-prosimos: the process to export (its id).")
  String processId;

  @Option(
      names = "--cases",
      paramLabel = "N",
      description =
          "With --prosimos: start N cases and run until all have ended, as Prosimos does"
              + " (default: 10000).")
  long cases = 10_000;

  @Option(
      names = "--no-absences",
      description =
          "Ignore the workspace's absences (frånvaro.flow, absences.csv, .ics); by default a"
              + " listed person is not available on the days they are away.")
  boolean noAbsences;

  @Option(
      names = "--open-limit",
      paramLabel = "N",
      description = "Stop a replication when this many cases are open at once (default: 200000).")
  long openLimit = RunSettings.DEFAULT_OPEN_CASE_LIMIT;

  @Override
  public Integer call() throws Exception {
    ReportOutput.Format fmt = reportOptions.format();
    Optional<Language> language = reportOptions.language();
    boolean detectWarmUp = warmUp.strip().equalsIgnoreCase("auto");
    Duration warm =
        (warmUp.strip().equals("0") || detectWarmUp
                ? Optional.of(Duration.ZERO)
                : Durations.parse(warmUp))
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "--warm-up must be auto or a duration such as 2 w, not '" + warmUp + "'"));
    WorkShape workShape =
        WorkShape.parse(shape)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "--work-time must be lognormal, gamma, exponential or fixed, not '"
                            + shape
                            + "'"));
    WorkingHours weekly = WorkingHours.OFFICE;
    if (hours != null) {
      weekly =
          WorkingHours.parse(hours)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "--hours must be e.g. 'mon-fri 08:00-17:00' or '24/7', not '"
                              + hours
                              + "'"));
    }
    if (replications < 1 || replications > 10_000) {
      throw new ParameterException(spec.commandLine(), "--replications must be 1 to 10000");
    }
    if (openLimit < 1) {
      throw new ParameterException(spec.commandLine(), "--open-limit must be at least 1");
    }
    if (prosimos != null) {
      return simulateProsimos(fmt, language.orElse(Language.EN), warm);
    }
    LoadedWorkspace ws = Inputs.load(spec, path, org.file);
    if (printErrors(ws.problems(), ws)) {
      return 1;
    }
    List<Scenario> parsed = new ArrayList<>();
    List<SourceText> sources = new ArrayList<>();
    boolean bad = false;
    for (Path file : scenarios) {
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "no such scenario file: " + file);
      }
      SourceText src = SourceText.read(file, file.toString());
      sources.add(src);
      ScenarioParser.Parsed p = ScenarioParser.parse(src, file.toAbsolutePath().getParent());
      bad |= printScenarioProblems(p.problems(), sources);
      if (p.scenario() != null) {
        parsed.add(p.scenario());
      }
    }
    if (bad) {
      return 1;
    }
    LocalDate periodFrom = from;
    LocalDate periodTo = to;
    for (Scenario s : parsed) {
      if (periodFrom == null && s.from() != null) {
        periodFrom = s.from();
        periodTo = periodTo == null ? s.to() : periodTo;
      }
    }
    if (periodFrom == null) {
      periodFrom = LocalDate.now().plusYears(1).withDayOfYear(1);
    }
    if (periodTo == null) {
      periodTo = periodFrom.plusYears(1).minusDays(1);
    }
    if (periodTo.isBefore(periodFrom)) {
      throw new ParameterException(spec.commandLine(), "--to is before --from");
    }
    SimulationRequest request =
        new SimulationRequest(periodFrom, periodTo, warm, replications, seed, 0, openLimit);
    Absences absences = Absences.none();
    if (!noAbsences && Files.isDirectory(ws.root())) {
      AbsenceSources.Loaded loaded =
          AbsenceSources.read(
              AbsenceSources.inWorkspace(ws.root()), ws.workspace().organization(), periodTo);
      if (printErrors(loaded.problems(), ws, loaded.files())) {
        return 1;
      }
      absences = loaded.absences();
    }
    CompileOptions base =
        CompileOptions.defaults(periodFrom.withDayOfYear(1))
            .withShape(workShape)
            .withHours(weekly, !noHolidays)
            .withAbsences(absences);
    Language reportLanguage = language.orElse(ws.workspace().organization().language());
    Path orgFile = ws.root().resolve(WorkspaceLoader.ORGANIZATION_FILE);
    if (exportProsimos != null) {
      return exportProsimos(ws, base, periodFrom);
    }
    List<Scenario> all = new ArrayList<>();
    all.add(
        Scenario.baseline(reportLanguage == Language.SV ? "Dokumenterat läge" : "As documented"));
    all.addAll(parsed);
    List<SimulationRun> runs = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    for (Scenario s : all) {
      ScenarioApplier.Applied applied = ScenarioApplier.apply(ws.workspace(), orgFile, s, base);
      if (printScenarioProblems(applied.problems(), sources)) {
        return 1;
      }
      ProgressBar bar = new ProgressBar(err, s.name(), Terminal.interactive());
      java.util.function.IntConsumer progress =
          done -> {
            synchronized (bar) {
              bar.update(done, replications);
            }
          };
      SimulationRun run =
          detectWarmUp
              ? WhatIf.runDetectingWarmUp(
                  s.name(), applied.workspace(), applied.options(), request, List.of(), progress)
              : WhatIf.run(
                  s.name(), applied.workspace(), applied.options(), request, List.of(), progress);
      bar.done();
      runs.add(run);
    }
    String text =
        switch (fmt) {
          case json -> JsonReport.render(runs);
          case html -> HtmlReport.render(runs, reportLanguage);
          case text -> TextReport.render(runs, reportLanguage);
        };
    reportOptions.write(text);
    return 0;
  }

  /** One process of the workspace written as Prosimos input (sim2, issue 17). */
  private int exportProsimos(LoadedWorkspace ws, CompileOptions options, LocalDate day)
      throws java.io.IOException {
    SimModel model = new ModelCompiler(options).compile(ws.workspace());
    List<String> ids = model.processes().stream().map(p -> p.id()).toList();
    if (processId == null || !ids.contains(processId)) {
      throw new ParameterException(
          spec.commandLine(),
          (processId == null
                  ? "--export-prosimos needs --process ID"
                  : "no process '" + processId + "'")
              + "; the processes are: "
              + String.join(", ", ids));
    }
    ProsimosExport.Files files;
    try {
      files = ProsimosExport.export(model, ids.indexOf(processId), day);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Files.createDirectories(exportProsimos);
    Path bpmn = exportProsimos.resolve(processId + ".bpmn");
    Path json = exportProsimos.resolve(processId + ".json");
    Files.writeString(bpmn, files.bpmn(), java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(json, files.json(), java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + bpmn + " and " + json);
    for (String w : files.warnings()) {
      out.println("  ! " + w);
    }
    out.flush();
    return 0;
  }

  /** A Prosimos model (BPMN + JSON) run for a number of cases (sim2, issue 17). */
  private int simulateProsimos(ReportOutput.Format fmt, Language reportLanguage, Duration warm)
      throws java.io.IOException {
    if (cases < 1 || cases > 100_000_000) {
      throw new ParameterException(spec.commandLine(), "--cases must be 1 to 100000000");
    }
    for (Path f : List.of(path, prosimos)) {
      if (!Files.isRegularFile(f)) {
        throw new ParameterException(spec.commandLine(), "no such file: " + f);
      }
    }
    SimModel model;
    try {
      model = ProsimosImport.read(path, prosimos, cases);
    } catch (ProsimosFormatException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("error[prosimos]: " + e.getMessage());
      err.flush();
      return 1;
    }
    LocalDate start = from == null ? LocalDate.of(2027, 1, 4) : from;
    SimulationRequest request =
        new SimulationRequest(start, start, warm, replications, seed, cases, openLimit);
    CompileOptions options = CompileOptions.defaults(start).withShape(WorkShape.LOGNORMAL);
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar =
        new ProgressBar(err, model.processes().get(0).title(), Terminal.interactive());
    SimulationRun run =
        WhatIf.run(
            model.processes().get(0).title(),
            "Prosimos",
            "",
            model,
            options,
            request,
            List.of(),
            done -> {
              synchronized (bar) {
                bar.update(done, replications);
              }
            });
    bar.done();
    String text =
        switch (fmt) {
          case json -> JsonReport.render(List.of(run));
          case html -> HtmlReport.render(List.of(run), reportLanguage);
          case text -> TextReport.render(List.of(run), reportLanguage);
        };
    reportOptions.write(text);
    return 0;
  }

  private boolean printErrors(List<Problem> problems, LoadedWorkspace ws) {
    return printErrors(problems, ws, List.of());
  }

  /** Prints the errors, with source lines from the workspace or from the other files read. */
  private boolean printErrors(List<Problem> problems, LoadedWorkspace ws, List<Path> others) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics =
        new Diagnostics(
                f ->
                    ws.source(f)
                        .orElseGet(
                            () ->
                                others.stream()
                                    .filter(o -> o.toString().equals(f))
                                    .findFirst()
                                    .map(o -> ProblemSources.fromDisk(o.toString()))
                                    .orElse(null)),
                Terminal.colors())
            .in(reportOptions.problemLanguage(ws));
    boolean any = false;
    for (Problem p : problems) {
      if (p.isError()) {
        err.print(diagnostics.render(p));
        any = true;
      }
    }
    err.flush();
    return any;
  }

  private boolean printScenarioProblems(List<Problem> problems, List<SourceText> sources) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics =
        new Diagnostics(
                f -> sources.stream().filter(s -> s.file().equals(f)).findFirst().orElse(null),
                Terminal.colors())
            .in(reportOptions.problemLanguage(null));
    boolean errors = false;
    for (Problem p : problems) {
      err.print(diagnostics.render(p));
      errors |= p.isError();
    }
    err.flush();
    return errors;
  }
}
