package org.flowbook.cli;

import java.time.Duration;
import java.time.LocalDate;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.simulation.compare.BeforeAfter;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.RunSettings;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.report.BeforeAfterReport;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flowbook diff --simulate}: the old version's workspace simulated as it is and with the new
 * version in the old one's place, and the figures added to the diff report in its format.
 */
final class DiffSimulation {
  private DiffSimulation() {}

  static String add(
      CommandSpec spec,
      String report,
      ReportOutput.Format fmt,
      Language language,
      LoadedWorkspace before,
      Process oldVersion,
      Process newVersion,
      int replications,
      long seed,
      org.flowbook.people.absence.Absences absences) {
    LocalDate from = periodStart();
    SimulationRequest request =
        new SimulationRequest(
            from,
            from.plusYears(1).minusDays(1),
            Duration.ofDays(14),
            replications,
            seed,
            0,
            RunSettings.DEFAULT_OPEN_CASE_LIMIT);
    ProgressBar bar =
        new ProgressBar(
            spec.commandLine().getErr(),
            language == Language.SV ? "Simulerar före och efter" : "Simulating before and after",
            Terminal.interactive());
    BeforeAfter ba =
        BeforeAfter.run(
            before.workspace(),
            oldVersion,
            newVersion,
            CompileOptions.defaults(from).withAbsences(absences),
            request,
            done -> {
              synchronized (bar) {
                bar.update(done, 2 * replications);
              }
            });
    bar.done();
    return switch (fmt) {
      case json -> BeforeAfterReport.embedJson(report, ba);
      case html -> BeforeAfterReport.embedHtml(report, ba, language);
      case text -> report.stripTrailing() + "\n\n" + BeforeAfterReport.text(ba, language);
    };
  }

  /** The first day of the period {@link #add} simulates: next calendar year. */
  static LocalDate periodStart() {
    return LocalDate.now().plusYears(1).withDayOfYear(1);
  }

  /**
   * The absences of the old version's workspace folder (frånvaro.flow, absences.csv, .ics) up to
   * the end of the simulated period, as {@code flowbook simulate} reads them; empty after printing
   * the located errors when a file is broken.
   */
  static java.util.Optional<org.flowbook.people.absence.Absences> absences(
      CommandSpec spec, Language problemLanguage, LoadedWorkspace ws) throws java.io.IOException {
    if (ws.root() == null || !java.nio.file.Files.isDirectory(ws.root())) {
      return java.util.Optional.of(org.flowbook.people.absence.Absences.none());
    }
    org.flowbook.people.absence.AbsenceSources.Loaded loaded =
        org.flowbook.people.absence.AbsenceSources.read(
            org.flowbook.people.absence.AbsenceSources.inWorkspace(ws.root()),
            ws.workspace().organization(),
            periodStart().plusYears(1).minusDays(1));
    if (loaded.problems().stream().noneMatch(org.flowbook.model.Problem::isError)) {
      return java.util.Optional.of(loaded.absences());
    }
    org.flowbook.notation.Diagnostics diagnostics =
        new org.flowbook.notation.Diagnostics(
                f -> {
                  try {
                    return org.flowbook.notation.SourceText.read(java.nio.file.Path.of(f), f);
                  } catch (java.io.IOException | RuntimeException e) {
                    return null;
                  }
                },
                Terminal.colors())
            .in(problemLanguage);
    java.io.PrintWriter err = spec.commandLine().getErr();
    loaded.problems().stream()
        .filter(org.flowbook.model.Problem::isError)
        .forEach(p -> err.print(diagnostics.render(p)));
    err.flush();
    return java.util.Optional.empty();
  }
}
