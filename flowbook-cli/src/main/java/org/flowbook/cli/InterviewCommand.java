package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.analysis.lint.LintContext;
import org.flowbook.analysis.lint.Linter;
import org.flowbook.capture.interview.GuideManual;
import org.flowbook.capture.interview.InterviewGuide;
import org.flowbook.capture.interview.Interviewer;
import org.flowbook.capture.interview.LogEvidence;
import org.flowbook.handbook.Handbooks;
import org.flowbook.handbook.OutputFormat;
import org.flowbook.handbook.content.Anchors;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.figure.Picture;
import org.flowbook.mining.conformance.ActivityMatcher;
import org.flowbook.mining.conformance.Conformance;
import org.flowbook.mining.conformance.ConformanceResult;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.mining.translate.ProcessToPetriNet;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.Suggestions;
import org.flowbook.model.Workspace;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.output.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook interview}: the questions to ask the staff about a process, as a form. */
@Command(
    name = "interview",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an interview guide: the questions a process coordinator asks the people who",
      "do the work, with room for the answers. For a documented process (--process) it asks",
      "only what the documentation does not answer yet (who, what starts it, inputs,",
      "systems, outputs, times, what can go wrong, RACI, rules, instructions, how decisions",
      "divide), what the documentation check found, and with --log where the event log",
      "departs from it. For a process not written yet (--new) it walks it step by step.",
      "The format follows the output file's extension: .pdf, .docx, .html or .md."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook interview examples/ --process purchase-approval -o intervju.pdf",
      "  flowbook interview examples/ --process purchase-approval --role Inköpare -o inkopare.docx",
      "  flowbook interview examples/ --process purchase-approval \\",
      "      --log examples/logs/purchase-approval.csv -o intervju.pdf",
      "      (also asks why steps are skipped or done out of order in the log)",
      "  flowbook interview examples/ --new \"Reseräkningar\" -o reserakningar.pdf",
      "  flowbook interview examples/ --new \"Travel expenses\" --lang en -o travel.md",
      "",
      "Exit codes: 0 written, 1 the workspace or the log cannot be read, 2 usage error."
    })
final class InterviewCommand implements Callable<Integer> {
  /** Blank step pages in a guide for a new process; a coordinator copies one for more steps. */
  static final int NEW_STEP_PAGES = 6;

  @Spec CommandSpec spec;

  @Mixin OrganizationOption org;

  @Parameters(paramLabel = "WORKSPACE", description = "A workspace folder or one .flow file.")
  Path path;

  @Option(
      names = "--process",
      paramLabel = "ID",
      description = "The documented process to ask about (its id).")
  String process;

  @Option(
      names = "--new",
      paramLabel = "TITLE",
      description = "A process not written yet: the guide walks it step by step.")
  String newTitle;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description =
          "Ask only about the steps this role does, is consulted or informed on, or nobody is named for.")
  String role;

  @Option(
      names = "--log",
      paramLabel = "LOG",
      description =
          "An event log of the process (.xes, .xes.gz, .csv): ask why its cases skip steps or do them out of order.")
  Path log;

  @Mixin LogOptions logOptions;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      description =
          "Language of the questions (default: the process's language; for --new the organization's).")
  String lang;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "The file to write: .pdf, .docx, .html or .md (default: <process>-interview.pdf).")
  Path output;

  @Override
  public Integer call() throws IOException {
    if ((process == null) == (newTitle == null)) {
      throw new ParameterException(
          spec.commandLine(), "give either --process ID or --new \"Title\"");
    }
    if (newTitle != null && newTitle.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--new needs the process's title");
    }
    if (newTitle != null && (log != null || role != null)) {
      throw new ParameterException(
          spec.commandLine(), "--log and --role need a documented --process, not --new");
    }
    Optional<Language> language = ReportOutput.language(spec, lang);
    OutputFormat format = format();
    LoadedWorkspace loaded = Inputs.load(spec, path, org.file);
    if (loaded.hasErrors()) {
      printProblems(loaded.problems(), loaded);
      spec.commandLine()
          .getErr()
          .println("no guide written: fix the errors above first (flowbook check " + path + ")");
      return 1;
    }
    Workspace ws = loaded.workspace();
    InterviewGuide guide;
    Optional<Picture> flowchart = Optional.empty();
    if (newTitle != null) {
      Language l = language.orElse(ws.organization().language());
      List<String> roles = ws.organization().roles().stream().map(Role::name).toList();
      guide = Interviewer.newProcess(newTitle, l, roles, NEW_STEP_PAGES);
    } else {
      Process p = process(ws);
      Language l = language.orElse(p.language());
      Optional<String> asked = Optional.ofNullable(role).map(r -> role(ws, p, r));
      List<Problem> findings =
          Linter.check(List.of(p), LintContext.of(ws, LocalDate.now()).withLanguage(l));
      Optional<LogEvidence> evidence = Optional.empty();
      if (log != null) {
        Optional<LogEvidence> read = evidence(p);
        if (read.isEmpty()) {
          return 1;
        }
        evidence = read;
      }
      guide = Interviewer.documented(p, l, asked, findings, evidence);
      flowchart = CliFlowcharts.get().flowchart(ws, p, l);
    }
    Manual manual = GuideManual.of(guide, flowchart);
    Path target = target(guide, format);
    Handbooks handbooks = new Handbooks(CliFlowcharts.get());
    OutputFiles.write(target, o -> handbooks.render(manual, format, o));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "wrote %s (%d questions, %d kB)%n",
        target, guide.questions().size(), (Files.size(target) + 1023) / 1024);
    out.flush();
    return 0;
  }

  private OutputFormat format() {
    if (output == null) {
      return OutputFormat.PDF;
    }
    if (Files.isDirectory(output)) {
      throw new ParameterException(
          spec.commandLine(), "'" + output + "' is a folder; give a file name");
    }
    return OutputFormat.fromFileName(output.getFileName().toString())
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "cannot tell the format of '"
                        + output
                        + "'; end the file name in .pdf, .docx, .html or .md"));
  }

  private Path target(InterviewGuide guide, OutputFormat format) {
    if (output != null) {
      return output;
    }
    String base = guide.isNew() ? Anchors.slug(guide.title()) : guide.processId();
    return Path.of((base.isEmpty() ? "new" : base) + "-interview." + format.extension());
  }

  private Process process(Workspace ws) {
    return ws.process(process)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "no process with id '"
                        + process
                        + "'; "
                        + Suggestions.hint(
                            process,
                            ws.processes().stream().map(Process::id).toList(),
                            "the workspace")));
  }

  /** The role as the process or the organization spells it; an unknown role is a usage error. */
  private String role(Workspace ws, Process p, String asked) {
    List<String> known =
        java.util.stream.Stream.concat(
                p.roles().stream(), ws.organization().roles().stream().map(Role::name))
            .distinct()
            .toList();
    return known.stream()
        .filter(r -> r.equalsIgnoreCase(asked.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "no role '"
                        + asked
                        + "'; "
                        + Suggestions.hint(asked, known, "organization.flow")));
  }

  /** Reads the log and checks it against the process; empty after printing why it failed. */
  private Optional<LogEvidence> evidence(Process p) {
    if (!Files.isRegularFile(log)) {
      throw new ParameterException(spec.commandLine(), "no such log file: " + log);
    }
    ImportResult imported;
    ProgressBar bar =
        new ProgressBar(
            spec.commandLine().getErr(), "Reading " + log.getFileName(), Terminal.interactive());
    try {
      imported =
          EventLogs.read(
              log,
              logOptions
                  .toImportOptions(spec)
                  .withProgress((read, total, what) -> bar.update(read, total)));
    } catch (LogImportException e) {
      bar.done();
      printProblems(e.problems(), null);
      return Optional.empty();
    }
    bar.done();
    printProblems(imported.problems(), null);
    EventLog events = imported.log();
    ConformanceResult result;
    try {
      result =
          Conformance.check(
              log.getFileName().toString(),
              ProcessToPetriNet.convert(p),
              events,
              events.traceVariants(),
              ActivityMatcher.byName(),
              Progress.NONE);
    } catch (IllegalArgumentException e) {
      spec.commandLine()
          .getErr()
          .println("flowbook: cannot check the log against " + p.id() + ": " + e.getMessage());
      return Optional.empty();
    }
    return Optional.of(
        new LogEvidence(
            log.getFileName().toString(),
            result.cases(),
            result.steps().stream()
                .map(
                    s ->
                        new LogEvidence.StepCounts(
                            s.step(), s.synchronous(), s.skipped(), s.outOfPlace()))
                .toList(),
            result.unmapped().stream()
                .map(u -> new LogEvidence.Unmatched(u.activity(), u.events(), u.cases()))
                .toList()));
  }

  private void printProblems(List<Problem> problems, LoadedWorkspace loaded) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics d =
        new Diagnostics(
            f -> loaded == null ? null : loaded.source(f).orElse(null), Terminal.colors());
    int shown = 0;
    for (Problem p : problems) {
      if (loaded != null && !p.isError()) {
        continue;
      }
      if (shown++ == CheckCommand.MAX_PRINTED) {
        err.println("… and more problems");
        break;
      }
      err.print(d.render(p));
    }
    err.flush();
  }
}
