package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.handbook.Handbooks;
import org.flowbook.handbook.ManualKind;
import org.flowbook.handbook.ManualRequest;
import org.flowbook.handbook.OutputFormat;
import org.flowbook.handbook.content.Anchors;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Workspace;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.output.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook manual}: writes a process manual, a role manual or the whole handbook. */
@Command(
    name = "manual",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an operations manual: for one process (--process or a single .flow file),",
      "for one role across all processes (--role), or for the whole organization (a",
      "workspace folder without --process). The format follows the output file's",
      "extension: .pdf, .html (one self-contained file), .docx (Word) or .md.",
      "--position ROLE writes the role's position description (befattningsbeskrivning):",
      "purpose, holders, R/A/C/I across all processes, systems, documents, controls,",
      "deputies and whom it covers for, and the processes to learn."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook manual examples/ -o handbok.pdf                 the whole handbook",
      "  flowbook manual examples/ --process purchase-approval -o inkop.docx",
      "  flowbook manual examples/ --role Inköpare --lang en -o buyer.html",
      "  flowbook manual examples/ --position HR-specialist -o befattning-hr.docx",
      "",
      "Exit codes: 0 written, 1 the workspace has errors, 2 usage error."
    })
final class ManualCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OrganizationOption org;

  @Parameters(paramLabel = "PATH", description = "A workspace folder or one .flow process file.")
  Path path;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "The file to write; its extension picks the format (default: a PDF named after the input, in the current folder).")
  Path output;

  @Option(
      names = "--process",
      paramLabel = "ID",
      description = "Write the manual of this process (its id).")
  String process;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Write the role manual of this role.")
  String role;

  @Option(
      names = "--position",
      paramLabel = "ROLE",
      description = "Write the position description of this role.")
  String position;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Language of headings and labels: sv or en (default: the content's: the process's language, else the organization's).")
  String lang;

  @Override
  public Integer call() throws Exception {
    if ((process != null ? 1 : 0) + (role != null ? 1 : 0) + (position != null ? 1 : 0) > 1) {
      throw new ParameterException(
          spec.commandLine(), "give one of --process, --role and --position, not several");
    }
    Optional<Language> language = Optional.empty();
    if (lang != null) {
      language = Language.fromCode(lang);
      if (language.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "unknown language '" + lang + "'; use sv or en");
      }
    }
    LoadedWorkspace loaded = Inputs.load(spec, path, org.file);
    if (loaded.hasErrors()) {
      printProblems(loaded);
      return 1;
    }
    Workspace ws = loaded.workspace();
    ManualRequest request = request(loaded, language);
    Handbooks handbooks = new Handbooks(CliFlowcharts.get());
    Optional<String> problem = handbooks.problem(ws, request);
    if (problem.isPresent()) {
      throw new ParameterException(spec.commandLine(), problem.get());
    }
    Path target = output(request);
    if (position != null) {
      var manual = handbooks.positionDescription(ws, position, language);
      OutputFiles.write(target, o -> handbooks.render(manual, request.format(), o));
      PrintWriter out = spec.commandLine().getOut();
      out.printf("wrote %s (%d kB)%n", target, (Files.size(target) + 1023) / 1024);
      out.flush();
      return 0;
    }
    ProgressBar bar =
        new ProgressBar(spec.commandLine().getErr(), "Writing", Terminal.interactive());
    try {
      OutputFiles.write(target, out -> handbooks.write(ws, request, out, progress(request, bar)));
    } finally {
      bar.done();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("wrote %s (%d kB)%n", target, (Files.size(target) + 1023) / 1024);
    out.flush();
    return 0;
  }

  private ManualRequest request(LoadedWorkspace loaded, Optional<Language> language) {
    OutputFormat format = OutputFormat.PDF;
    if (output != null) {
      format =
          OutputFormat.fromFileName(output.getFileName().toString())
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "cannot tell the format of '"
                              + output
                              + "'; end the file name in .pdf, .html, .docx or .md"));
    }
    ManualRequest request;
    if (role != null || position != null) {
      request = ManualRequest.role(role != null ? role : position, format);
    } else if (process != null) {
      request = ManualRequest.process(process, format);
    } else if (!Files.isDirectory(path)) {
      String id =
          loaded.requested().stream()
              .filter(ProcessDocument::hasProcess)
              .map(d -> d.process().id())
              .findFirst()
              .orElseThrow(
                  () -> new ParameterException(spec.commandLine(), "no process in " + path));
      request = ManualRequest.process(id, format);
    } else {
      request = ManualRequest.organization(format);
    }
    return language.map(request::in).orElse(request);
  }

  private Path output(ManualRequest request) {
    if (output != null) {
      Path abs = output.toAbsolutePath().normalize();
      if (abs.equals(path.toAbsolutePath().normalize())) {
        throw new ParameterException(
            spec.commandLine(), "the output would overwrite the input " + path);
      }
      if (Files.isDirectory(abs)) {
        throw new ParameterException(
            spec.commandLine(), "'" + output + "' is a folder; give a file name");
      }
      return output;
    }
    String base =
        request.kind() == ManualKind.ORGANIZATION
            ? Anchors.slug(path.toAbsolutePath().normalize().getFileName().toString()) + "-handbook"
            : Anchors.slug(request.subject()) + (position != null ? "-position" : "-manual");
    return Path.of(base + "." + request.format().extension());
  }

  private Progress progress(ManualRequest request, ProgressBar bar) {
    if (request.kind() != ManualKind.ORGANIZATION) {
      return Progress.NONE;
    }
    return (done, total, what) -> {
      bar.update(done, total);
      bar.step(what);
    };
  }

  private void printProblems(LoadedWorkspace loaded) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics =
        new Diagnostics(f -> loaded.source(f).orElse(null), Terminal.colors())
            .in(ReportOutput.problemLanguage(spec, lang, loaded));
    int shown = 0;
    for (Problem p : loaded.problems()) {
      if (!p.isError()) {
        continue;
      }
      if (shown++ == CheckCommand.MAX_PRINTED) {
        err.println("… and more problems (run flowbook check)");
        break;
      }
      err.print(diagnostics.render(p));
    }
    err.println(
        "the manual was not written: fix the errors above first (flowbook check " + path + ")");
    err.flush();
  }
}
