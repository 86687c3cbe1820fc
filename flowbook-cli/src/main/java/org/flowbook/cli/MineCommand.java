package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.diagram.graph.GraphMapRenderer;
import org.flowbook.mining.analysis.AnalysisOptions;
import org.flowbook.mining.analysis.MiningAnalysis;
import org.flowbook.mining.analysis.MiningReport;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.mining.map.DfgMap;
import org.flowbook.mining.map.MapMetric;
import org.flowbook.mining.report.ConformanceMap;
import org.flowbook.mining.report.ConformanceSection;
import org.flowbook.mining.report.ReportFormat;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.notation.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flowbook mine}: imports an event log and reports its summary, variants, bottlenecks,
 * rework and resources.
 *
 * <p>The command only wires options to the library: import ({@link #importLog}), analysis ({@link
 * #analyze}), further report sections ({@link #extend} — where {@code --model} and {@code
 * --discover} plug in), rendering ({@link #write}) and the process map ({@link #drawMap}).
 */
@Command(
    name = "mine",
    mixinStandardHelpOptions = true,
    description =
        "Mines an event log (XES, .xes.gz, CSV): size and period, case durations, the most"
            + " common variants, bottlenecks (where cases wait), processing times, rework and who"
            + " does the work; optionally draws the process map.",
    footer = {
      "",
      "Examples:",
      "  flowbook mine ../shared/data/logs/bpic2012.xes.gz",
      "  flowbook mine export.csv --case Ärende --activity Aktivitet --timestamp Tid",
      "  flowbook mine log.xes.gz --format html -o report.html",
      "  flowbook mine examples/logs/purchase-approval.csv --lang sv",
      "      (the report in Swedish: genomloppstid, väntetid, flaskhalsar, omarbete ...)",
      "  flowbook mine log.xes.gz --format json --wall-clock > mining.json",
      "  flowbook mine examples/logs/purchase-approval.csv \\",
      "      --model examples/inkopsgodkannande.flow --model-map deviations.svg",
      "      (the manual's flowchart with the log painted on it)",
      "  flowbook mine log.csv --model process.flow --model-map-heat wait -o report.html",
      "      (the HTML report, its flowchart coloured by the wait before each step)",
      "  flowbook mine log.xes.gz --discover drafts/draft.flow --noise 0.2",
      "      (a draft manual with roles, shares and times from the log, and an",
      "      organization.flow beside it when none is found above it)",
      "  flowbook mine log.csv --discover draft.flow --roles person-to-role.csv --force",
      "  flowbook mine bpic2012.xes.gz --discover d.flow --coverage 0.8",
      "      (a draft of the usual ways only: the variants covering 80 % of the cases;",
      "      the report lists what was left out, fitness and precision on the whole log)",
      "  flowbook mine log.xes.gz --map map.svg --map-metric time",
      "  flowbook mine examples/logs/purchase-approval.csv \\",
      "      --model examples/inkopsgodkannande.flow --calibrate observed.flow",
      "  flowbook diff examples/inkopsgodkannande.flow observed.flow",
      "      (the manual with the log's shares and times; the diff shows time and money)",
      "",
      "CSV columns are detected by their usual English and Swedish names and PM4Py's",
      "(case:concept:name, concept:name, time:timestamp, org:resource).",
      "The text and HTML reports and the maps are written in English or Swedish (--lang);",
      "JSON has no language: its keys and raw numbers are the same either way.",
      "Exit codes: 0 success, 1 the log or the model cannot be read, 2 usage error."
    })
final class MineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LOG", description = "The event log: .xes, .xes.gz, .csv or .csv.gz.")
  Path log;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: text, json or html (default: from -o's extension, else text).")
  String format = "";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report to FILE instead of standard output (html: default <log>-mining.html).")
  Path output;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      description =
          "Language of the report, the maps and a --discover draft (default: the language of the"
              + " --model process, else en).")
  String lang;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "How many variants, bottlenecks, rework activities and resources to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--map",
      paramLabel = "OUT.svg",
      description = "Also draw the process map (directly-follows graph) as SVG.")
  Path map;

  @Option(
      names = "--map-metric",
      paramLabel = "METRIC",
      defaultValue = "frequency",
      description =
          "What the map's arrows show: frequency or time (mean waiting time; default: ${DEFAULT-VALUE}).")
  String mapMetric;

  @Option(
      names = "--map-edges",
      paramLabel = "N",
      defaultValue = "40",
      description =
          "Keep the N most frequent arrows on the map (plus each activity's main way in and out; default: ${DEFAULT-VALUE}).")
  int mapEdges;

  @Mixin LogOptions logOptions;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description =
          "Check the log against a documented process (.flow, .bpmn) or a Petri net (.pnml):"
              + " alignment and token-replay fitness, and per step how often it was skipped or"
              + " done out of place.")
  Path model;

  @Option(
      names = "--model-map",
      paramLabel = "OUT.svg",
      description =
          "With a .flow or .bpmn --model: draw the documented flowchart with the log painted on it"
              + " (per step: times done as documented, median wait before it, skipped, out of"
              + " place). The HTML report shows the same chart.")
  Path modelMap;

  @Option(
      names = "--model-map-heat",
      paramLabel = "WHAT",
      defaultValue = "deviations",
      description =
          "What the painted flowchart's step colour shows: deviations (share skipped or out of"
              + " place) or wait (median wait before the step; default: ${DEFAULT-VALUE}).")
  String modelMapHeat;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "Lines 'log activity = step title' for activities whose names differ from the steps'"
              + " (otherwise names match exactly or ignoring case).")
  Path mapping;

  @Option(
      names = "--discover",
      paramLabel = "OUT",
      description = "Discover a process from the log and write it as a draft (.flow or .bpmn).")
  Path discover;

  @Option(
      names = "--noise",
      paramLabel = "X",
      defaultValue = "0.1",
      description =
          "Noise threshold of the inductive miner for --discover, 0..1; 0 keeps all behaviour"
              + " (every case fits, parallel parts kept as found). The default ${DEFAULT-VALUE}"
              + " keeps a branch taken by 15 % of cases where PM4Py's usual 0.2 drops it.")
  double noise;

  @Option(
      names = "--coverage",
      paramLabel = "X",
      defaultValue = "1",
      description =
          "For --discover: draft only the most frequent variants that together cover this share of"
              + " the cases, 0..1 (e.g. 0.9); the report names what was left out, and fitness and"
              + " precision are still measured on the whole log (default: ${DEFAULT-VALUE}, all).")
  double coverage;

  @Option(
      names = "--roles",
      paramLabel = "FILE",
      description =
          "For --discover: a CSV of 'person,role' lines; the draft names these roles as performers"
              + " instead of the log's resources.")
  Path rolesFile;

  @Option(
      names = "--keep-resources",
      description =
          "For --discover: name the log's resources as performers even when they look like"
              + " people (by default a draft names roles only).")
  boolean keepResources;

  @Option(
      names = "--calibrate",
      paramLabel = "OUT.flow",
      description =
          "With a .flow --model: write the documented process with the log's branch shares, waits,"
              + " work times and volume in place of the documented ones (structure and comments"
              + " kept); 'flowbook diff MODEL OUT' then shows the difference in time and money.")
  Path calibrate;

  @Option(
      names = "--force",
      description =
          "For --discover and --calibrate: overwrite the output file (and the organization.flow"
              + " written beside a draft).")
  boolean force;

  private ImportResult imported;
  private Optional<Language> askedLanguage = Optional.empty();
  private Language language = Language.EN;

  @Override
  public Integer call() throws IOException {
    if (top < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--top must be at least 1");
    }
    askedLanguage = ReportOutput.language(spec, lang);
    ReportFormat chosen = reportFormat();
    MapMetric metric = mapMetric();
    ConformanceMap.Heat heat = modelMapHeat();
    ImportResult imported;
    try {
      imported = importLog();
    } catch (LogImportException e) {
      printProblems(e.problems());
      return 1;
    }
    printProblems(imported.problems());
    this.imported = imported;
    MiningReport report;
    try {
      report = extend(analyze(imported), heat);
    } catch (ModelInput.Failed e) {
      printProblems(e.problems);
      return 1;
    }
    write(report, chosen);
    if (map != null) {
      drawMap(report, metric);
    }
    if (modelMap != null) {
      return drawModelMap(report);
    }
    return 0;
  }

  private MapMetric mapMetric() {
    if (mapEdges < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--map-edges must be at least 1");
    }
    try {
      return MapMetric.valueOf(mapMetric.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "unknown --map-metric '" + mapMetric + "': use frequency or time");
    }
  }

  /** The --model-map-heat choice; checks up front that --model-map has a model to draw. */
  private ConformanceMap.Heat modelMapHeat() {
    if (modelMap != null
        && (model == null
            || model.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pnml"))) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--model-map needs a documented process given as --model FILE.flow (or .bpmn)");
    }
    return switch (modelMapHeat.toLowerCase(Locale.ROOT)) {
      case "deviations" -> ConformanceMap.Heat.DEVIATIONS;
      case "wait", "waiting" -> ConformanceMap.Heat.WAITING;
      default ->
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(),
              "unknown --model-map-heat '" + modelMapHeat + "': use deviations or wait");
    };
  }

  /** Writes the documented flowchart with the conformance result painted on it. */
  private int drawModelMap(MiningReport report) throws IOException {
    if (Files.exists(modelMap) && Files.isSameFile(modelMap, log)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--model-map would overwrite the log itself: " + modelMap);
    }
    var section =
        report.sections().stream()
            .filter(ConformanceSection.class::isInstance)
            .map(ConformanceSection.class::cast)
            .filter(c -> c.documented().isPresent())
            .findFirst();
    if (section.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("flowbook: no flowchart drawn: the model is not a process");
      return 1;
    }
    ConformanceSection c = section.get();
    Files.writeString(
        modelMap, ConformanceMap.svg(c.documented().get(), c.result(), c.heat(), language));
    spec.commandLine().getErr().println("wrote " + modelMap);
    return 0;
  }

  /** Writes the process map of the report's directly-follows graph. */
  void drawMap(MiningReport report, MapMetric metric) throws IOException {
    if (Files.exists(map) && Files.isSameFile(map, log)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--map would overwrite the log itself: " + map);
    }
    String title = DfgMap.title(report.source(), metric, language);
    Files.writeString(
        map, GraphMapRenderer.svg(DfgMap.of(title, report.dfg(), metric, mapEdges, language)));
    spec.commandLine().getErr().println("wrote " + map);
  }

  private ReportFormat reportFormat() {
    if (!format.isEmpty()) {
      try {
        return ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "unknown --format '" + format + "': use text, json or html");
      }
    }
    if (output != null) {
      return ReportFormat.ofFileName(output.getFileName().toString()).orElse(ReportFormat.TEXT);
    }
    return ReportFormat.TEXT;
  }

  /** Reads the log with a progress bar on a terminal. */
  ImportResult importLog() throws LogImportException {
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = new ProgressBar(err, "Reading " + log.getFileName(), Terminal.interactive());
    ImportOptions options =
        logOptions
            .toImportOptions(spec)
            .withProgress((read, total, what) -> bar.update(read, total));
    try {
      return EventLogs.read(log, options);
    } finally {
      bar.done();
    }
  }

  MiningReport analyze(ImportResult imported) {
    return MiningAnalysis.analyze(
        log.getFileName().toString(),
        logOptions.wallClock,
        imported,
        AnalysisOptions.DEFAULT.withTop(top));
  }

  /**
   * Adds the conformance and discovery sections the options ask for, and settles the language: the
   * one asked for, else the documented process's (the content's language, as {@code analyze} and
   * {@code manual} choose it), else English — a log has no language of its own.
   */
  MiningReport extend(MiningReport report, ConformanceMap.Heat heat)
      throws ModelInput.Failed, IOException {
    MiningReport out = report;
    if (noise < 0 || noise > 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--noise must be within 0..1, got " + noise);
    }
    if (!(coverage > 0 && coverage <= 1)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--coverage must be above 0 and at most 1, got " + coverage);
    }
    TraceVariants variants = imported.log().traceVariants();
    Optional<Language> contentLanguage = Optional.empty();
    if (model != null) {
      ConformanceSection conformance =
          MineSections.conformance(
              model, mapping, imported.log(), variants, heat, spec.commandLine().getErr());
      contentLanguage = conformance.documented().map(Process::language);
      out = out.with(conformance);
    }
    if (calibrate != null) {
      if (model == null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--calibrate needs the documented process as --model FILE.flow");
      }
      if (Files.exists(calibrate) && Files.isSameFile(calibrate, model)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--calibrate would overwrite the model itself: " + calibrate);
      }
      MineSections.calibrate(
          model, mapping, imported.log(), calibrate, force, spec.commandLine().getErr());
    }
    language =
        askedLanguage.isPresent() ? askedLanguage.get() : contentLanguage.orElse(Language.EN);
    if (discover != null) {
      if (Files.exists(discover) && Files.isSameFile(discover, log)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--discover would overwrite the log itself: " + discover);
      }
      out =
          out.with(
              MineSections.discovery(
                  new MineSections.DraftRequest(
                      discover, noise, coverage, rolesFile, keepResources, force, askedLanguage),
                  imported.log(),
                  log,
                  spec.commandLine().getErr()));
      spec.commandLine().getErr().println("wrote " + discover);
    }
    return out;
  }

  void write(MiningReport report, ReportFormat chosen) throws IOException {
    String text = chosen.render(report, language);
    Path target = output;
    if (target == null && chosen == ReportFormat.HTML) {
      String name = log.getFileName().toString().replaceFirst("\\.(xes|csv)(\\.gz)?$", "");
      target = Path.of(name + "-mining.html");
    }
    if (target == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return;
    }
    if (Files.exists(target) && Files.isSameFile(target, log)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "-o would overwrite the log itself: " + target);
    }
    Files.writeString(target, text);
    spec.commandLine().getErr().println("wrote " + target);
  }

  private void printProblems(List<Problem> problems) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics d =
        new Diagnostics(ProblemSources::fromDisk, Terminal.colors())
            .in(askedLanguage.orElse(Language.EN));
    for (Problem p : problems) {
      err.print(d.render(p));
    }
    err.flush();
  }
}
