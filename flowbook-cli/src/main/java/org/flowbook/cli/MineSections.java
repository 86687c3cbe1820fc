package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.diagram.Diagrams;
import org.flowbook.mining.conformance.ActivityMatcher;
import org.flowbook.mining.conformance.AlignmentReport;
import org.flowbook.mining.conformance.Alignments;
import org.flowbook.mining.conformance.Conformance;
import org.flowbook.mining.discovery.InductiveMiner;
import org.flowbook.mining.discovery.ProcessTree;
import org.flowbook.mining.discovery.TreeToPetriNet;
import org.flowbook.mining.discovery.TreeToProcess;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.report.ConformanceMap;
import org.flowbook.mining.report.ConformanceSection;
import org.flowbook.mining.report.DiscoverySection;
import org.flowbook.mining.translate.StepNet;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.Slugs;
import org.flowbook.output.Progress;

/** Runs the conformance check and the discovery {@code flowbook mine} adds to its report. */
final class MineSections {
  private MineSections() {}

  /**
   * Checks the log against the model in {@code modelFile}, with the waiting time before each step;
   * the section keeps the documented process (not for a Petri net) to paint its flowchart.
   */
  static ConformanceSection conformance(
      Path modelFile,
      Path mappingFile,
      EventLog log,
      TraceVariants variants,
      ConformanceMap.Heat heat,
      PrintWriter err)
      throws ModelInput.Failed, IOException {
    ModelInput.Loaded model = ModelInput.load(modelFile);
    StepNet net = model.net();
    ActivityMatcher matcher = ActivityMatcher.byName();
    if (mappingFile != null) {
      try {
        matcher = ActivityMatcher.readMapping(mappingFile);
      } catch (IllegalArgumentException e) {
        throw new ModelInput.Failed(
            List.of(
                Problem.error(
                    "bad-mapping",
                    e.getMessage(),
                    "write one 'log activity = step title' per line",
                    SourceLocation.file(mappingFile.toString()))));
      }
    }
    ProgressBar bar = new ProgressBar(err, "Aligning", Terminal.interactive());
    try {
      Progress progress = (done, total, what) -> bar.update(done, total);
      return new ConformanceSection(
          Conformance.check(
              modelFile.getFileName().toString(), net, log, variants, matcher, progress),
          model.process(),
          heat);
    } catch (IllegalArgumentException e) {
      throw new ModelInput.Failed(
          List.of(
              Problem.error(
                  "unsound-model",
                  e.getMessage(),
                  "check that every path of the model leads to an end",
                  SourceLocation.file(modelFile.toString()))));
    } finally {
      bar.done();
    }
  }

  /** Discovers a draft from the log and writes it, its keywords and fixed words in {@code lang}. */
  static DiscoverySection discovery(
      Path out, double noise, TraceVariants log, Path logFile, Language lang, PrintWriter err)
      throws IOException {
    ProcessTree tree = InductiveMiner.discover(log, noise);
    String base = logFile.getFileName().toString().replaceFirst("(?i)\\.(xes|csv)(\\.gz)?$", "");
    String id = Slugs.of(base).isEmpty() ? "discovered" : Slugs.of(base);
    Process draft = TreeToProcess.convert(tree, id, base, lang);
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    String text =
        name.endsWith(".bpmn")
            ? new BpmnExporter(Diagrams::layout).write(draft)
            : ProcessFormatter.format(draft);
    Files.writeString(out, text);
    // Alignments, not token replay: token replay's guesses at silent steps report an IM draft,
    // which fits every case by construction, as fitting 62 % of BPIC 2012's cases. Aligning a
    // precise draft of a large log can take half a minute, hence the progress bar.
    ProgressBar bar = new ProgressBar(err, "Checking the draft", Terminal.interactive());
    AlignmentReport fit;
    try {
      fit =
          Alignments.of(TreeToPetriNet.convert(tree))
              .check(log, (done, total, what) -> bar.update(done, total));
    } finally {
      bar.done();
    }
    return new DiscoverySection(
        noise,
        out.toString(),
        draft.workSteps().size(),
        ProcessTree.format(tree),
        fit.logFitness(),
        fit.percentFittingTraces());
  }
}
