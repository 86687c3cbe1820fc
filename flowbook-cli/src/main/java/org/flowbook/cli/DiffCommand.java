package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flowbook.analysis.diff.DiffAnalyzer;
import org.flowbook.analysis.diff.ProcessDiff;
import org.flowbook.analysis.report.DiffReport;
import org.flowbook.analysis.report.HtmlReport;
import org.flowbook.analysis.report.JsonReport;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.people.absence.Absences;
import org.flowbook.simulation.engine.SimulationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook diff}: what a change to a process does — steps, roles, controls and figures. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two versions of a process: steps added, removed and changed,",
      "roles that gain or lose tasks, controls added or removed, every figure",
      "before and after (cycle time, cost, handoffs, utilization, bottleneck)",
      "and a summary in plain words."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook diff examples/inkopsgodkannande.flow examples/changes/inkopsgodkannande-new.flow",
      "  flowbook diff OLD.flow NEW.flow --format html -o change.html --lang en",
      "  flowbook diff OLD.flow NEW.flow --simulate --replications 50 --seed 7",
      "",
      "Exit codes: 0 compared, 1 an input has errors, 2 usage error."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StandardReportOptions reportOptions;

  @Mixin OrganizationOption org;

  @Parameters(index = "0", paramLabel = "OLD", description = "The current version (.flow).")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The proposed version (.flow).")
  Path newFile;

  @Option(
      names = "--volume",
      paramLabel = "N",
      description = "Cases per month for both versions (default: each version's own volume).")
  String volume;

  @Option(
      names = "--simulate",
      description =
          "Also simulate the workspace before and after the change (next calendar year, 2 weeks"
              + " of warm-up, the same random numbers on both sides) and add the lead time,"
              + " throughput, utilization and queues with 95 %% confidence intervals.")
  boolean simulate;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "With --simulate: replications a side (default: 30).")
  int replications = SimulationRequest.DEFAULT_REPLICATIONS;

  @Option(
      names = "--no-absences",
      description =
          "With --simulate: ignore the old version's workspace absences (frånvaro.flow,"
              + " absences.csv, .ics); by default a listed person is not at work on their days"
              + " away, as in flowbook simulate.")
  boolean noAbsences;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "With --simulate: seed of the random numbers (default: 1).")
  long seed = 1;

  @Override
  public Integer call() throws Exception {
    ReportOutput.Format fmt = reportOptions.format();
    if (replications < 1 || replications > 10_000) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--replications must be 1 to 10000");
    }
    var language = reportOptions.language();
    var vol = ReportOutput.volume(spec, volume);
    for (Path p : new Path[] {oldFile, newFile}) {
      if (p.toFile().isDirectory()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "diff compares two .flow files; '" + p + "' is a folder");
      }
    }
    LoadedWorkspace before = Inputs.load(spec, oldFile, org.file);
    LoadedWorkspace after = Inputs.load(spec, newFile, org.file);
    boolean errors = printErrors(before) | printErrors(after);
    Process a = first(before);
    Process b = first(after);
    if (a == null || b == null) {
      spec.commandLine()
          .getErr()
          .println(
              "cannot compare: "
                  + (a == null ? oldFile : newFile)
                  + " could not be read as a process");
      return 1;
    }
    Language l = language.orElse(b.language());
    ProcessDiff diff = new DiffAnalyzer(before.workspace()).compare(a, b, vol);
    String text =
        switch (fmt) {
          case json -> JsonReport.render(diff, l);
          case html -> HtmlReport.render(diff, l);
          case text -> DiffReport.render(diff, l);
        };
    if (simulate) {
      var absences =
          noAbsences
              ? java.util.Optional.of(Absences.none())
              : DiffSimulation.absences(spec, reportOptions.problemLanguage(before), before);
      if (absences.isEmpty()) {
        return 1;
      }
      text =
          DiffSimulation.add(spec, text, fmt, l, before, a, b, replications, seed, absences.get());
    }
    reportOptions.write(text);
    return errors ? 1 : 0;
  }

  private static Process first(LoadedWorkspace ws) {
    return ws.requested().stream()
        .filter(ProcessDocument::hasProcess)
        .map(ProcessDocument::process)
        .findFirst()
        .orElse(null);
  }

  private boolean printErrors(LoadedWorkspace ws) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics =
        new Diagnostics(f -> ws.source(f).orElse(null), Terminal.colors())
            .in(reportOptions.problemLanguage(ws));
    boolean any = false;
    for (Problem p : ws.problems()) {
      if (p.isError()) {
        err.print(diagnostics.render(p));
        any = true;
      }
    }
    err.flush();
    return any;
  }
}
