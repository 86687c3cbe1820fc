package org.flowbook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.capture.Capture;
import org.flowbook.capture.drawio.DrawioExport;
import org.flowbook.diagram.Diagrams;
import org.flowbook.model.Collaboration;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Severity;
import org.flowbook.model.Suggestions;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.OrganizationFormatter;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flowbook convert}: {@code .flow} ↔ BPMN 2.0, chosen by the names: a process file to a
 * {@code .bpmn} file (with Flowbook's layout as diagram interchange), a BPMN file to {@code .flow}
 * text plus the {@code organization.flow} declaring its roles, a workspace folder to a folder of
 * {@code .bpmn} files (or one file), and a folder of {@code .bpmn} files to a workspace.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts between .flow and BPMN 2.0 XML, by the extensions of IN and OUT, and brings in",
      "draw.io drawings (.drawio, or .xml saved by draw.io), Visio drawings (.vsdx), step lists",
      "in Excel or CSV (.xlsx, .csv: one row per step) and interview notes (.txt, .md).",
      "BPMN files are read tolerantly (what Flowbook cannot hold is reported as a warning);",
      "BPMN output is valid against the OMG schema and drawn with Flowbook's layout."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook convert examples/inkopsgodkannande.flow out/inkop.bpmn",
      "  flowbook convert invoice.bpmn invoice.flow       also writes organization.flow beside it",
      "  flowbook convert collab.bpmn ws/                 a file per pool, message flows kept",
      "  flowbook convert collab.bpmn one.flow --process customer     one pool of several",
      "  flowbook convert ws/ collab.bpmn                 the workspace as one collaboration",
      "  flowbook convert examples/ bpmn/                 one .bpmn file per process",
      "  flowbook convert models/ workspace/              a folder of .bpmn files to a workspace",
      "  flowbook convert inkop.drawio inkop.flow          a draw.io flowchart; lanes become roles",
      "  flowbook convert steg.xlsx steg.flow              a step list: Steg, Titel, Roll, Nästa, Villkor",
      "  flowbook convert examples/ processer.drawio        every process as a page to open in draw.io",
      "",
      "Every file written is named on stderr. Convert never overwrites a file other",
      "than OUT unless --force is given.",
      "",
      "Exit codes: 0 written, 1 the input has errors, 2 usage error or a file in the way."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OrganizationOption org;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "A .flow, .bpmn, .drawio, .vsdx, .xlsx, .csv or .txt file, or a folder.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "A .bpmn or .flow file, or a folder.")
  Path out;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      description = "Language of the .flow keywords written from BPMN (default: en).")
  String lang;

  @Option(
      names = "--process",
      paramLabel = "ID",
      description = "Of a BPMN file with several pools, convert only this process (to one .flow).")
  String processId;

  @Option(
      names = "--force",
      description = "Overwrite existing files other than OUT (by default convert refuses).")
  boolean force;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print notes (how elements were mapped), not only warnings and errors.")
  boolean verbose;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description =
          "How to report: text diagnostics on stderr, or JSON on stdout (default: ${DEFAULT-VALUE}).")
  CheckCommand.Format format;

  private final List<Path> written = new ArrayList<>();
  private final Map<Path, String> planned = new LinkedHashMap<>();
  private final List<Problem> reported = new ArrayList<>();

  /** A conversion refused before anything is written: a message, exit code 2, no usage text. */
  private static final class Refusal extends RuntimeException {
    Refusal(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public Integer call() throws IOException {
    try {
      return convert();
    } catch (Refusal r) {
      spec.commandLine().getErr().println("flowbook convert: " + r.getMessage());
      spec.commandLine().getErr().flush();
      return 2;
    }
  }

  private int convert() throws IOException {
    if (!Files.exists(in)) {
      throw new ParameterException(spec.commandLine(), "no such file or folder: " + in);
    }
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "OUT must differ from IN: " + in);
    }
    boolean inDir = Files.isDirectory(in);
    boolean outDir = Files.isDirectory(out) || extension(out).isEmpty();
    int code;
    if (!inDir
        && (BpmnInputs.isBpmn(in) || Capture.formatOf(in).isPresent())
        && (outDir || extension(out).equals("flow"))) {
      code = bpmnToFlow(List.of(in), outDir);
    } else if (inDir && !hasFlowFiles(in) && !bpmnFiles(in).isEmpty() && outDir) {
      code = bpmnToFlow(bpmnFiles(in), true);
    } else if ((inDir || extension(in).equals("flow")) && extension(out).equals("drawio")) {
      code = flowToDrawio();
    } else if (!inDir && extension(in).equals("flow") && extension(out).equals("bpmn")) {
      code = flowToBpmn(false);
    } else if (inDir && (outDir || extension(out).equals("bpmn"))) {
      code = flowToBpmn(outDir);
    } else {
      throw new ParameterException(
          spec.commandLine(),
          "cannot convert '"
              + in
              + "' to '"
              + out
              + "': use .flow ↔ .bpmn, a draw.io drawing (.drawio) or a step list (.csv, .xlsx)"
              + " to .flow, a workspace folder to a folder or a .bpmn file, or a folder of .bpmn"
              + " files to a folder");
    }
    if (format == CheckCommand.Format.json) {
      spec.commandLine().getOut().println(json());
    }
    spec.commandLine().getOut().flush();
    return code;
  }

  /** Prints problems as diagnostics, or keeps them for the JSON report. */
  private void report(List<Problem> problems) {
    if (format == CheckCommand.Format.json) {
      problems.stream()
          .filter(p -> verbose || p.severity() != Severity.INFO)
          .forEach(reported::add);
    } else {
      BpmnInputs.print(spec.commandLine().getErr(), problems, verbose, language());
    }
  }

  private String json() throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("written", written.stream().map(Path::toString).toList());
    root.put("problems", reported.stream().map(CheckCommand::problemJson).toList());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }

  private boolean anyCaptured;

  private int bpmnToFlow(List<Path> files, boolean toFolder) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Process> processes = new ArrayList<>();
    Map<String, Organization> orgs = new LinkedHashMap<>();
    boolean failed = false;
    for (Path f : files) {
      Optional<Capture.Format> captured = Capture.formatOf(f);
      BpmnImport r = captured.isPresent() ? Capture.read(f, captured.get()) : BpmnInputs.read(f);
      anyCaptured |= captured.isPresent();
      List<Problem> problems = new ArrayList<>(r.problems());
      problems.addAll(FlowFiles.losses(r));
      if (r.hasErrors() || r.processes().isEmpty()) {
        report(problems);
        if (format == CheckCommand.Format.text) {
          err.println(
              f + ": not converted (" + (r.hasErrors() ? "errors above" : "no process") + ")");
        }
        failed = true;
        continue;
      }
      List<Process> ps = new ArrayList<>(r.processes());
      r.mainProcess()
          .ifPresent(
              main -> {
                ps.remove(main);
                ps.add(0, main);
              });
      List<Process> chosen = toFolder && processId == null ? ps : List.of(single(f, ps));
      FlowMessages.Result withMessages = FlowMessages.attach(chosen, r.collaboration());
      problems.addAll(withMessages.problems());
      report(problems);
      processes.addAll(withMessages.processes());
      orgs.put(f.toString(), r.organization());
    }
    if (failed && processes.isEmpty()) {
      return 1;
    }
    // a drawing or list has no language of its own: the one its words are in, unless --lang says
    Language language =
        lang == null && anyCaptured && !processes.isEmpty()
            ? processes.get(0).language()
            : language();
    Path dir = toFolder ? out : parentOf(out);
    for (int i = 0; i < processes.size(); i++) {
      Process p = processes.get(i).withLanguage(language);
      Path target = !toFolder && i == 0 ? out : dir.resolve(p.id() + ".flow");
      plan(target, ProcessFormatter.format(p));
    }
    Organization merged = OrganizationMerge.of(new ArrayList<>(orgs.values()), language);
    Path orgFile = dir.resolve(WorkspaceLoader.ORGANIZATION_FILE);
    if (Files.exists(orgFile)) {
      for (String missing : OrganizationMerge.missing(orgFile, merged)) {
        err.println(orgFile + ": warning[undeclared]: " + missing + " is not declared; add it");
      }
    } else {
      plan(orgFile, OrganizationFormatter.format(merged));
    }
    writePlanned();
    err.flush();
    return failed ? 1 : 0;
  }

  /**
   * The one process a single {@code .flow} file can hold: the file's only one, or the one {@code
   * --process} names. Several without {@code --process} are refused rather than spread over files
   * the user did not name.
   */
  private Process single(Path file, List<Process> processes) {
    List<String> ids = processes.stream().map(Process::id).toList();
    if (processId != null) {
      return processes.stream()
          .filter(p -> p.id().equals(processId))
          .findFirst()
          .orElseThrow(
              () ->
                  new Refusal(
                      file
                          + " has no process '"
                          + processId
                          + "'; "
                          + Suggestions.hint(processId, ids, file.toString())));
    }
    if (processes.size() > 1) {
      throw new Refusal(
          file
              + " holds "
              + processes.size()
              + " processes ("
              + String.join(", ", ids)
              + ") and "
              + out
              + " is one file: convert to a folder (flowbook convert "
              + file
              + " "
              + (out.getParent() == null
                  ? Path.of(stem(file))
                  : out.getParent().resolve(stem(file)))
              + "/) or choose one with --process "
              + ids.get(0));
    }
    return processes.get(0);
  }

  private int flowToBpmn(boolean toFolder) throws IOException {
    if (processId != null) {
      throw new Refusal(
          "--process chooses a pool of a BPMN file; convert the process's .flow file");
    }
    List<Process> processes = processesOfIn();
    if (processes.isEmpty()) {
      return 1;
    }
    BpmnExporter exporter = new BpmnExporter(Diagrams::layout);
    List<Problem> losses = new ArrayList<>();
    processes.forEach(p -> losses.addAll(FlowFiles.exportLosses(p)));
    report(losses);
    if (toFolder) {
      for (Process p : processes) {
        plan(out.resolve(p.id() + ".bpmn"), exporter.write(p));
      }
    } else {
      plan(out, exporter.write(processes, Collaboration.of(processes)));
    }
    writePlanned();
    return 0;
  }

  /**
   * The processes of IN (a file or a workspace) to write elsewhere; empty, after reporting why,
   * when IN has errors or holds no process.
   */
  private List<Process> processesOfIn() throws IOException {
    LoadedWorkspace ws = Inputs.load(spec, in, org.file);
    if (ws.hasErrors()) {
      List<Problem> errors = ws.problems().stream().filter(Problem::isError).toList();
      if (format == CheckCommand.Format.json) {
        reported.addAll(errors);
      } else {
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics d =
            new Diagnostics(ws.sources()::get, Terminal.colors())
                .in(ReportOutput.problemLanguage(spec, null, ws));
        errors.forEach(p -> err.print(d.render(p)));
        err.flush();
      }
      return List.of();
    }
    List<Process> processes =
        Files.isDirectory(in)
            ? ws.workspace().processes()
            : ws.requested().stream().filter(d -> d.hasProcess()).map(d -> d.process()).toList();
    if (processes.isEmpty()) {
      spec.commandLine().getErr().println(in + ": no process to convert");
    }
    return processes;
  }

  /** A process file or workspace to one draw.io file: a page per process, Flowbook's layout. */
  private int flowToDrawio() throws IOException {
    List<Process> processes = processesOfIn();
    if (processes.isEmpty()) {
      return 1;
    }
    plan(out, new DrawioExport(Diagrams::layout).write(processes));
    writePlanned();
    return 0;
  }

  private void plan(Path target, String text) {
    Path key = target.toAbsolutePath().normalize();
    if (key.equals(in.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "would overwrite the input " + in);
    }
    if (planned.keySet().stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(key))) {
      throw new Refusal(
          "two processes would be written to "
              + target
              + ": their ids are the same; convert the inputs to separate folders");
    }
    planned.put(target, text);
  }

  /**
   * Writes every planned file, after checking that none of them, except OUT itself, is already
   * there: a conversion never replaces a file the user did not name, unless {@code --force}.
   */
  private void writePlanned() throws IOException {
    Path asked = out.toAbsolutePath().normalize();
    List<Path> inTheWay =
        planned.keySet().stream()
            .filter(p -> !p.toAbsolutePath().normalize().equals(asked))
            .filter(Files::exists)
            .toList();
    if (!inTheWay.isEmpty() && !force) {
      throw new Refusal(
          "not converted: it would overwrite "
              + String.join(", ", inTheWay.stream().map(Path::toString).toList())
              + "; convert to an empty folder, or add --force to replace "
              + (inTheWay.size() == 1 ? "it" : "them"));
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Map.Entry<Path, String> e : planned.entrySet()) {
      Path parent = e.getKey().toAbsolutePath().normalize().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      boolean replaced = Files.exists(e.getKey());
      OutputFiles.writeString(e.getKey(), e.getValue());
      written.add(e.getKey());
      if (format == CheckCommand.Format.text) {
        err.println((replaced ? "replaced " : "wrote ") + e.getKey());
      }
    }
    err.flush();
  }

  private static String stem(Path file) {
    String n = file.getFileName().toString();
    for (String ext : List.of(".bpmn20.xml", ".bpmn2", ".bpmn")) {
      if (n.toLowerCase(Locale.ROOT).endsWith(ext) && n.length() > ext.length()) {
        return n.substring(0, n.length() - ext.length());
      }
    }
    return n;
  }

  private Language language() {
    if (lang == null) {
      return Language.EN;
    }
    return Language.fromCode(lang)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(), "unknown language '" + lang + "': use sv or en"));
  }

  private static boolean hasFlowFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> extension(p).equals("flow"));
    }
  }

  private static List<Path> bpmnFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(BpmnInputs::isBpmn).filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Path parentOf(Path p) {
    Path parent = p.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static String extension(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
