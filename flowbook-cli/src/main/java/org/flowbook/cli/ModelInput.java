package org.flowbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.bpmn.map.BpmnImporter;
import org.flowbook.mining.petri.PnmlException;
import org.flowbook.mining.petri.PnmlReader;
import org.flowbook.mining.translate.ProcessToPetriNet;
import org.flowbook.mining.translate.StepNet;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;

/**
 * Loads the model {@code mine --model} checks the log against: a documented process ({@code .flow},
 * {@code .bpmn}) translated to a Petri net, or a Petri net as it is ({@code .pnml}).
 */
final class ModelInput {
  private ModelInput() {}

  /** The model's problems, to be printed as diagnostics; exit code 1. */
  static final class Failed extends Exception {
    final transient List<Problem> problems;

    Failed(List<Problem> problems) {
      super("the model has errors");
      this.problems = List.copyOf(problems);
    }
  }

  /**
   * A loaded model.
   *
   * @param net the Petri net conformance checks against
   * @param process the documented process it was translated from (empty for a {@code .pnml} net)
   */
  record Loaded(StepNet net, Optional<Process> process) {}

  static Loaded load(Path file) throws Failed, IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file)) {
      throw new Failed(
          List.of(
              Problem.error(
                  "model-not-found",
                  "cannot read the model " + file,
                  "give a .flow, .bpmn or .pnml file",
                  SourceLocation.UNKNOWN)));
    }
    if (name.endsWith(".pnml")) {
      try {
        return new Loaded(StepNet.ofNet(PnmlReader.read(file)), Optional.empty());
      } catch (PnmlException e) {
        throw new Failed(
            List.of(
                Problem.error(
                    "bad-pnml",
                    e.getMessage(),
                    "the file must be a PNML place/transition net (as PM4Py or ProM write it)",
                    new SourceLocation(file.toString(), e.line(), e.column()))));
      }
    }
    if (name.endsWith(".bpmn") || name.endsWith(".xml")) {
      BpmnImport imported;
      try (InputStream in = Files.newInputStream(file)) {
        imported = new BpmnImporter().read(in, file.toString());
      }
      if (imported.hasErrors() || imported.mainProcess().isEmpty()) {
        throw new Failed(imported.problems());
      }
      return documented(imported.mainProcess().get());
    }
    if (name.endsWith(".flow")) {
      LoadedWorkspace loaded = WorkspaceLoader.loadFile(file, null);
      if (loaded.requested().isEmpty() || loaded.requested().get(0).process() == null) {
        throw new Failed(loaded.problems());
      }
      List<Problem> errors = loaded.problems().stream().filter(Problem::isError).toList();
      if (!errors.isEmpty()) {
        throw new Failed(errors);
      }
      return documented(loaded.requested().get(0).process());
    }
    throw new Failed(
        List.of(
            Problem.error(
                "unknown-model-format",
                "cannot tell the model format of " + file,
                "use a .flow, .bpmn or .pnml file",
                SourceLocation.UNKNOWN)));
  }

  private static Loaded documented(Process process) {
    return new Loaded(ProcessToPetriNet.convert(process), Optional.of(process));
  }
}
