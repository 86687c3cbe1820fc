package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowbook.analysis.AnalysisOptions;
import org.flowbook.analysis.AnalysisReport;
import org.flowbook.analysis.Analyzer;
import org.flowbook.analysis.lint.LintSettings;
import org.flowbook.analysis.lint.Linter;
import org.flowbook.analysis.report.HtmlReport;
import org.flowbook.analysis.report.JsonReport;
import org.flowbook.analysis.report.TextReport;
import org.flowbook.model.Language;
import org.flowbook.model.Locator;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Severity;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.ProcessDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flowbook analyze}: documentation check, flow metrics and capacity of documented processes.
 */
@Command(
    name = "analyze",
    aliases = "analyse",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the documentation of processes (owner, RACI, dead ends,",
      "readability, compliance gaps, ...) and computes their figures: expected",
      "cycle time with decision shares and rework loops, handoffs, cost per",
      "case, critical path, work per role; with a volume also utilization per",
      "role, the bottleneck and queueing delays. A workspace folder also gets",
      "the load per role from all processes. See docs/analysis.md."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook analyze examples/                                the demo workspace",
      "  flowbook analyze examples/inkopsgodkannande.flow --volume 200",
      "  flowbook analyze examples/ --format html -o analys.html   a report to share",
      "  flowbook analyze examples/ --set max-lix=55 --disable passive-voice",
      "",
      "Exit codes: 0 report written (findings of the check do not fail it), 1 the input has",
      "notation/model errors (or, with --strict, the check found warnings), 2 usage error."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StandardReportOptions reportOptions;

  @Mixin OrganizationOption org;

  @Parameters(paramLabel = "PATH", description = "A workspace folder or a .flow process file.")
  Path path;

  @Option(
      names = "--volume",
      paramLabel = "N",
      description = "Cases per month (e.g. 120 or 120/month); overrides the processes' own volume.")
  String volume;

  @Option(
      names = "--process",
      paramLabel = "ID",
      description = "Analyse only this process of the workspace.")
  String processId;

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description =
          "Change a threshold: max-lix, min-flesch, min-readability-words, max-sentence-words, max-instructions, single-point-processes.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(
      names = "--disable",
      paramLabel = "CODE",
      split = ",",
      description = "Switch a rule of the check off (repeatable, or comma separated).")
  List<String> disabled = new ArrayList<>();

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description = "The date overdue reviews are judged by (default: today).")
  LocalDate today;

  @Option(names = "--strict", description = "Exit 1 when the check finds warnings or errors.")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    ReportOutput.Format fmt = reportOptions.format();
    var language = reportOptions.language();
    var vol = ReportOutput.volume(spec, volume);
    LintSettings lint = LintSettings.DEFAULTS;
    for (Map.Entry<String, String> e : settings.entrySet()) {
      try {
        lint = lint.with(e.getKey(), e.getValue());
      } catch (IllegalArgumentException ex) {
        throw new ParameterException(spec.commandLine(), "--set: " + ex.getMessage());
      }
    }
    for (String code : disabled) {
      if (!Linter.codes().contains(code.strip())) {
        throw new ParameterException(
            spec.commandLine(),
            "--disable: no rule '" + code + "'; rules: " + String.join(", ", Linter.codes()));
      }
      lint = lint.disable(code.strip());
    }
    LoadedWorkspace ws = Inputs.load(spec, path, org.file);
    List<ProcessDocument> docs =
        ws.requested().stream().filter(ProcessDocument::hasProcess).toList();
    if (processId != null) {
      docs = docs.stream().filter(d -> d.process().id().equals(processId)).toList();
      if (docs.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "no process '"
                + processId
                + "' in "
                + path
                + "; ids: "
                + String.join(
                    ", ",
                    ws.requested().stream()
                        .filter(ProcessDocument::hasProcess)
                        .map(d -> d.process().id())
                        .toList()));
      }
    }
    printErrors(ws);
    if (docs.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("nothing to analyse: no process could be read from " + path);
      return 1;
    }
    Map<String, Locator> locators = new HashMap<>();
    List<Process> processes = new ArrayList<>();
    for (ProcessDocument d : docs) {
      locators.put(d.process().id(), d.locator());
      processes.add(d.process());
    }
    Language reportLanguage =
        language.orElse(
            Files.isDirectory(path)
                ? ws.workspace().organization().language()
                : processes.get(0).language());
    AnalysisOptions options =
        AnalysisOptions.defaults(reportLanguage, today == null ? LocalDate.now() : today)
            .withVolume(vol)
            .withSettings(lint)
            .withLocators(locators, new SourceInstructions(ws));
    boolean whole = Files.isDirectory(path) && processId == null;
    AnalysisReport report =
        Analyzer.analyze(ws.workspace(), processes, ws.problems(), whole, options);
    String text =
        switch (fmt) {
          case json -> JsonReport.render(report);
          case html -> HtmlReport.render(report);
          case text -> TextReport.render(report);
        };
    reportOptions.write(text);
    if (ws.hasErrors()) {
      return 1;
    }
    boolean findings = report.allProblems().stream().anyMatch(p -> p.severity() != Severity.INFO);
    return strict && findings ? 1 : 0;
  }

  private void printErrors(LoadedWorkspace ws) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics =
        new Diagnostics(f -> ws.source(f).orElse(null), Terminal.colors())
            .in(reportOptions.problemLanguage(ws));
    int shown = 0;
    for (Problem p : ws.problems()) {
      if (p.isError() && shown++ < CheckCommand.MAX_PRINTED) {
        err.print(diagnostics.render(p));
      }
    }
    err.flush();
  }
}
