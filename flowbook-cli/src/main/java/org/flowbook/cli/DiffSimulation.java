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
      long seed) {
    LocalDate from = LocalDate.now().plusYears(1).withDayOfYear(1);
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
            CompileOptions.defaults(from),
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
}
