package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.diagram.Diagrams;
import org.flowbook.model.Collaboration;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.OrganizationFormatter;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.WorkspaceLoader;
import picocli.CommandLine.Command;
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
      "Converts between .flow and BPMN 2.0 XML, by the extensions of IN and OUT.",
      "BPMN files are read tolerantly (what Flowbook cannot hold is reported as a warning);",
      "BPMN output is valid against the OMG schema and drawn with Flowbook's layout."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook convert examples/inkopsgodkannande.flow out/inkop.bpmn",
      "  flowbook convert invoice.bpmn invoice.flow       also writes organization.flow beside it",
      "  flowbook convert examples/ bpmn/                 one .bpmn file per process",
      "  flowbook convert models/ workspace/              a folder of .bpmn files to a workspace",
      "",
      "Exit codes: 0 written, 1 the input has errors, 2 usage error."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "A .flow or .bpmn file, or a folder.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "A .bpmn or .flow file, or a folder.")
  Path out;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      description = "Language of the .flow keywords written from BPMN (default: en).")
  String lang;

  @Option(
      names = "--org",
      paramLabel = "FILE",
      description = "The organization.flow for a lone process file (default: the nearest one).")
  Path org;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print notes (how elements were mapped), not only warnings and errors.")
  boolean verbose;

  private final List<Path> written = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!Files.exists(in)) {
      throw new ParameterException(spec.commandLine(), "no such file or folder: " + in);
    }
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "OUT must differ from IN: " + in);
    }
    boolean inDir = Files.isDirectory(in);
    boolean outDir = Files.isDirectory(out) || extension(out).isEmpty();
    int code;
    if (!inDir && BpmnInputs.isBpmn(in) && (outDir || extension(out).equals("flow"))) {
      code = bpmnToFlow(List.of(in), outDir);
    } else if (inDir && !hasFlowFiles(in) && !bpmnFiles(in).isEmpty() && outDir) {
      code = bpmnToFlow(bpmnFiles(in), true);
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
              + "': use .flow ↔ .bpmn, a workspace folder"
              + " to a folder or a .bpmn file, or a folder of .bpmn files to a folder");
    }
    if (Terminal.interactive()) {
      written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
    }
    return code;
  }

  private int bpmnToFlow(List<Path> files, boolean toFolder) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Process> processes = new ArrayList<>();
    Map<String, Organization> orgs = new LinkedHashMap<>();
    boolean failed = false;
    for (Path f : files) {
      BpmnImport r = BpmnInputs.read(f);
      List<Problem> problems = new ArrayList<>(r.problems());
      problems.addAll(FlowFiles.losses(r));
      BpmnInputs.print(err, problems, verbose);
      if (r.hasErrors() || r.processes().isEmpty()) {
        err.println(
            f + ": not converted (" + (r.hasErrors() ? "errors above" : "no process") + ")");
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
      processes.addAll(ps);
      orgs.put(f.toString(), r.organization());
    }
    if (failed && processes.isEmpty()) {
      return 1;
    }
    Language language = language();
    Path dir = toFolder ? out : parentOf(out);
    Files.createDirectories(dir);
    for (int i = 0; i < processes.size(); i++) {
      Process p = FlowFiles.inLanguage(processes.get(i), language);
      Path target = !toFolder && i == 0 ? out : dir.resolve(p.id() + ".flow");
      write(target, ProcessFormatter.format(p));
    }
    Organization merged = OrganizationMerge.of(new ArrayList<>(orgs.values()), language);
    Path orgFile = dir.resolve(WorkspaceLoader.ORGANIZATION_FILE);
    if (Files.exists(orgFile)) {
      for (String missing : OrganizationMerge.missing(orgFile, merged)) {
        err.println(orgFile + ": warning[undeclared]: " + missing + " is not declared; add it");
      }
    } else {
      write(orgFile, OrganizationFormatter.format(merged));
    }
    err.flush();
    return failed ? 1 : 0;
  }

  private int flowToBpmn(boolean toFolder) throws IOException {
    LoadedWorkspace ws = Inputs.load(spec, in, org);
    if (ws.hasErrors()) {
      PrintWriter err = spec.commandLine().getErr();
      Diagnostics d = new Diagnostics(ws.sources()::get, Terminal.colors());
      ws.problems().stream().filter(Problem::isError).forEach(p -> err.print(d.render(p)));
      err.flush();
      return 1;
    }
    List<Process> processes =
        Files.isDirectory(in)
            ? ws.workspace().processes()
            : ws.requested().stream().filter(d -> d.hasProcess()).map(d -> d.process()).toList();
    if (processes.isEmpty()) {
      spec.commandLine().getErr().println(in + ": no process to convert");
      return 1;
    }
    BpmnExporter exporter = new BpmnExporter(Diagrams::layout);
    List<Problem> losses = new ArrayList<>();
    processes.forEach(p -> losses.addAll(FlowFiles.exportLosses(p)));
    BpmnInputs.print(spec.commandLine().getErr(), losses, verbose);
    if (toFolder) {
      Files.createDirectories(out);
      for (Process p : processes) {
        write(out.resolve(p.id() + ".bpmn"), exporter.write(p));
      }
    } else {
      Files.createDirectories(parentOf(out));
      write(out, exporter.write(processes, Collaboration.of(processes)));
    }
    return 0;
  }

  private void write(Path target, String text) throws IOException {
    if (target.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "would overwrite the input " + in);
    }
    Files.writeString(target, text, StandardCharsets.UTF_8);
    written.add(target);
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
