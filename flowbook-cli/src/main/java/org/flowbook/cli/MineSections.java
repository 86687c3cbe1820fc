package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.diagram.Diagrams;
import org.flowbook.mining.conformance.ActivityMatcher;
import org.flowbook.mining.conformance.AlignmentReport;
import org.flowbook.mining.conformance.Alignments;
import org.flowbook.mining.conformance.Conformance;
import org.flowbook.mining.conformance.EtcPrecision;
import org.flowbook.mining.discovery.Calibration;
import org.flowbook.mining.discovery.DraftFigures;
import org.flowbook.mining.discovery.InductiveMiner;
import org.flowbook.mining.discovery.NameLanguage;
import org.flowbook.mining.discovery.ObservedConcurrency;
import org.flowbook.mining.discovery.OrganizationStub;
import org.flowbook.mining.discovery.Performers;
import org.flowbook.mining.discovery.ProcessTree;
import org.flowbook.mining.discovery.TreeToProcess;
import org.flowbook.mining.discovery.VariantCoverage;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.report.ConformanceMap;
import org.flowbook.mining.report.ConformanceSection;
import org.flowbook.mining.report.DiscoverySection;
import org.flowbook.mining.translate.ProcessToPetriNet;
import org.flowbook.mining.translate.StepNet;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.Slugs;
import org.flowbook.notation.WorkspaceLoader;
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

  /** What {@code --discover} is asked for besides the output file. */
  record DraftRequest(
      Path out,
      double noise,
      double coverage,
      Path rolesFile,
      boolean keepResources,
      boolean force,
      java.util.Optional<Language> language) {}

  /**
   * Discovers a draft from the log and writes it with performers, times and shares from the log,
   * and an {@code organization.flow} beside it when none is found above it. The draft's keywords
   * and questions are in the asked language, else the language of the activity names.
   */
  static DiscoverySection discovery(
      DraftRequest request, EventLog log, Path logFile, PrintWriter err)
      throws IOException, ModelInput.Failed {
    Path out = request.out();
    Path stubFile = organizationStub(out);
    refuseOverwrite(out, request.force());
    if (stubFile != null) {
      refuseOverwrite(stubFile, request.force());
    }
    Map<String, String> mapping = Map.of();
    if (request.rolesFile() != null) {
      try {
        mapping = Performers.readMapping(request.rolesFile());
      } catch (IllegalArgumentException e) {
        throw new ModelInput.Failed(
            List.of(
                Problem.error(
                    "bad-roles",
                    e.getMessage(),
                    "write one 'person,role' per line",
                    SourceLocation.file(request.rolesFile().toString()))));
      }
    }
    if (log.activityNames().size() > DraftFigures.MAX_ACTIVITIES) {
      throw new ModelInput.Failed(
          List.of(
              Problem.error(
                  "too-many-activities",
                  "the log has "
                      + log.activityNames().size()
                      + " distinct activities; a draft is made for at most "
                      + DraftFigures.MAX_ACTIVITIES
                      + " (a manual with more steps cannot be read)",
                  "map the activity names to fewer steps first, or draft a part of the log",
                  SourceLocation.file(logFile.toString()))));
    }
    if (log.cases() == 0) {
      throw new ModelInput.Failed(
          List.of(
              Problem.error(
                  "empty-log",
                  "the log has no cases, so there is nothing to draft",
                  "check the column names or the file",
                  SourceLocation.file(logFile.toString()))));
    }
    Language lang = request.language().orElseGet(() -> NameLanguage.of(log.activityNames()));
    Performers performers = Performers.of(log, mapping, request.keepResources(), lang);
    DraftFigures all = DraftFigures.of(log, performers, lang);
    TraceVariants whole = all.flow();
    VariantCoverage covered =
        request.coverage() < 1 ? VariantCoverage.of(whole, request.coverage()) : null;
    DraftFigures figures =
        covered != null && covered.leftOutAny() ? all.withFlow(covered.kept()) : all;
    TraceVariants flow = figures.flow();
    ProcessTree mined = InductiveMiner.discover(flow, request.noise());
    // with noise 0 the user asked for all behaviour: parallel parts stay as the miner found them
    ProcessTree tree = request.noise() > 0 ? ObservedConcurrency.apply(mined, flow) : mined;
    String base = logFile.getFileName().toString().replaceFirst("(?i)\\.(xes|csv)(\\.gz)?$", "");
    String id = Slugs.of(base).isEmpty() ? "discovered" : Slugs.of(base);
    Process draft = TreeToProcess.convert(tree, id, base, figures);
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    String text =
        name.endsWith(".bpmn")
            ? new BpmnExporter(Diagrams::layout).write(draft)
            : ProcessFormatter.format(draft);
    Files.writeString(out, text);
    if (stubFile != null) {
      Files.writeString(
          stubFile,
          OrganizationStub.text(base, figures.roles(), logFile.getFileName().toString(), lang));
      err.println("wrote " + stubFile);
    } else {
      warnUndeclaredRoles(out, figures.roles().keySet(), err);
    }
    // Alignments, not token replay: token replay's guesses at silent steps report an IM draft,
    // which fits every case by construction, as fitting 62 % of BPIC 2012's cases. Aligning a
    // precise draft of a large log can take half a minute, hence the progress bar.
    ProgressBar bar = new ProgressBar(err, "Checking the draft", Terminal.interactive());
    AlignmentReport fit;
    // the net of the draft as written (early ends and all), its steps titled as the activities;
    // fitness and precision on the whole log, also when --coverage left variants out of the draft
    PetriNet net = ProcessToPetriNet.convert(draft).net();
    try {
      fit = Alignments.of(net).check(whole, (done, total, what) -> bar.update(done, total));
    } finally {
      bar.done();
    }
    return new DiscoverySection(
        request.noise(),
        out.toString(),
        draft.workSteps().size(),
        ProcessTree.format(tree),
        fit.logFitness(),
        fit.percentFittingTraces(),
        EtcPrecision.of(net, whole).precision(),
        covered);
  }

  /**
   * Where the organization stub goes: beside the draft when no {@code organization.flow} is in its
   * folder or a parent folder; null when one is.
   */
  static Path organizationStub(Path draft) {
    Path dir = draft.toAbsolutePath().getParent();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(WorkspaceLoader.ORGANIZATION_FILE))) {
        return null;
      }
    }
    return dir.resolve(WorkspaceLoader.ORGANIZATION_FILE);
  }

  /**
   * Writes the documented process in {@code modelFile} with the log's shares, waits, work times and
   * volume ({@link Calibration}), comments kept, in canonical form; lists on {@code err} the steps
   * the log never shows and the activities with no step.
   */
  static void calibrate(
      Path modelFile, Path mappingFile, EventLog log, Path out, boolean force, PrintWriter err)
      throws IOException, ModelInput.Failed {
    if (!modelFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".flow")) {
      throw new ModelInput.Failed(
          List.of(
              Problem.error(
                  "calibrate-needs-flow",
                  "--calibrate rewrites a documented process and needs a .flow --model, not "
                      + modelFile.getFileName(),
                  "give the .flow file of the process",
                  SourceLocation.file(modelFile.toString()))));
    }
    refuseOverwrite(out, force);
    var doc = ProcessParser.parse(modelFile.toString(), Files.readString(modelFile));
    if (!doc.hasProcess() || doc.hasErrors()) {
      throw new ModelInput.Failed(doc.problems());
    }
    ActivityMatcher matcher = ActivityMatcher.byName();
    if (mappingFile != null) {
      matcher = ActivityMatcher.readMapping(mappingFile);
    }
    Calibration c = Calibration.of(doc.process(), log, matcher);
    java.util.Set<org.flowbook.notation.Keyword> declared = new java.util.HashSet<>(doc.declared());
    if (c.process().casesPerMonth() != null) {
      declared.add(org.flowbook.notation.Keyword.VOLUME);
    }
    Files.writeString(
        out,
        ProcessFormatter.format(
            new org.flowbook.notation.ProcessDocument(
                c.process(), doc.comments(), declared, doc.locator(), List.of(), doc.source())));
    err.println("wrote " + out);
    if (!c.unseenSteps().isEmpty()) {
      err.println("steps the log never shows: " + String.join(", ", c.unseenSteps()));
    }
    if (!c.unmappedActivities().isEmpty()) {
      err.println("log activities with no step: " + String.join(", ", c.unmappedActivities()));
    }
  }

  /** Names the draft's roles that the organization.flow found above it does not declare. */
  private static void warnUndeclaredRoles(Path draft, java.util.Set<String> roles, PrintWriter err)
      throws IOException {
    for (Path d = draft.toAbsolutePath().getParent(); d != null; d = d.getParent()) {
      Path org = d.resolve(WorkspaceLoader.ORGANIZATION_FILE);
      if (Files.isRegularFile(org)) {
        String text = Files.readString(org);
        List<String> missing =
            roles.stream()
                .filter(
                    r ->
                        !java.util.regex.Pattern.compile(
                                "(?m)^\\s*(role|roll)\\s*:\\s*"
                                    + java.util.regex.Pattern.quote(r)
                                    + "\\s*$")
                            .matcher(text)
                            .find())
                .toList();
        if (!missing.isEmpty()) {
          err.println(
              "flowbook: "
                  + org
                  + " does not declare the draft's roles "
                  + String.join(", ", missing)
                  + "; add them there (or rename them in the draft) before 'flowbook check'");
        }
        return;
      }
    }
  }

  private static void refuseOverwrite(Path file, boolean force) throws ModelInput.Failed {
    if (Files.exists(file) && !force) {
      throw new ModelInput.Failed(
          List.of(
              Problem.error(
                  "file-exists",
                  file + " exists already; it is not overwritten",
                  "choose another name or add --force to overwrite it",
                  SourceLocation.file(file.toString()))));
    }
  }
}
