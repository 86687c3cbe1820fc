package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.compliance.ComplianceReports;
import org.flowbook.compliance.coverage.Coverage;
import org.flowbook.compliance.register.ComplianceRequest;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Regulation;
import org.flowbook.model.Suggestions;
import org.flowbook.model.Workspace;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook compliance}: the registers auditors ask for, derived from the processes. */
@Command(
    name = "compliance",
    mixinStandardHelpOptions = true,
    description = {
      "The compliance report of a workspace, derived from its processes:",
      "requirement coverage (every requirement -> controls -> steps -> processes,",
      "gaps first), the risk register with heat maps before and after controls,",
      "the internal-control plan (internkontrollplan) for a year and the GDPR",
      "Art. 30 record of processing. See docs/compliance.md."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook compliance examples/",
      "  flowbook compliance examples/ --regulation BFL",
      "  flowbook compliance examples/ --year 2027 -o internkontroll-2027.pdf",
      "  flowbook compliance examples/ --lang en --format html -o compliance.html",
      "  flowbook compliance examples/ --format json | jq '.coverage.gaps'",
      "",
      "Exit codes: 0 report written, 1 the workspace has errors (the report is",
      "written but may be incomplete), 2 usage error."
    })
final class ComplianceCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    html,
    pdf,
    docx
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "WORKSPACE", description = "A workspace folder.")
  Path path;

  @Option(
      names = "--regulation",
      paramLabel = "SHORT",
      description = "Report on one regulation only (its short name, e.g. BFL, or its name).")
  String regulation;

  @Option(
      names = "--format",
      description =
          "text, json, html, pdf or docx (default: from the -o extension, else text); pdf and"
              + " docx need -o.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report here instead of standard output.")
  Path output;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      description = "Language of the report (default: the organization's).")
  String lang;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "The year of the internal-control plan (default: this year).")
  Integer year;

  @Override
  public Integer call() throws IOException {
    Format fmt = format();
    Optional<Language> language = ReportOutput.language(spec, lang);
    if (!Files.isDirectory(path)) {
      throw new ParameterException(
          spec.commandLine(),
          "'" + path + "' is not a workspace folder (compliance needs organization.flow)");
    }
    if ((fmt == Format.pdf || fmt == Format.docx) && output == null) {
      throw new ParameterException(
          spec.commandLine(), fmt + " is a binary file; name it with -o report." + fmt);
    }
    int y = year == null ? LocalDate.now().getYear() : year;
    if (y < 1900 || y > 9999) {
      throw new ParameterException(spec.commandLine(), "--year must be a year such as 2027");
    }
    LoadedWorkspace loaded = Inputs.load(spec, path, null);
    Workspace ws = loaded.workspace();
    if (regulation != null && Coverage.regulation(ws, regulation).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "no regulation '"
              + regulation
              + "' in the workspace"
              + Suggestions.closest(
                      regulation,
                      ws.organization().regulations().stream().map(Regulation::shortName).toList())
                  .map(s -> "; did you mean '" + s + "'?")
                  .orElse(""));
    }
    ComplianceRequest request =
        new ComplianceRequest(
            Optional.ofNullable(regulation), language.orElse(ws.organization().language()), y);
    boolean errors = printErrors(loaded);
    switch (fmt) {
      case pdf -> binary(ComplianceReports.pdf(ws, request));
      case docx -> binary(ComplianceReports.docx(ws, request));
      case html -> ReportOutput.write(spec, output, ComplianceReports.html(ws, request));
      case json -> ReportOutput.write(spec, output, ComplianceReports.json(ws, request));
      default -> ReportOutput.write(spec, output, ComplianceReports.text(ws, request));
    }
    return errors ? 1 : 0;
  }

  private void binary(byte[] content) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    OutputFiles.write(output, out -> out.write(content));
    spec.commandLine().getErr().println("wrote " + output);
    spec.commandLine().getErr().flush();
  }

  private Format format() {
    if (format != null) {
      return format;
    }
    if (output != null) {
      String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
      for (Format f : Format.values()) {
        if (name.endsWith("." + f.name())) {
          return f;
        }
      }
      if (name.endsWith(".htm")) {
        return Format.html;
      }
    }
    return Format.text;
  }

  /** The workspace's errors, located; its warnings belong to 'flowbook check'. */
  private boolean printErrors(LoadedWorkspace loaded) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics =
        new Diagnostics(f -> loaded.source(f).orElse(null), Terminal.colors())
            .in(ReportOutput.problemLanguage(spec, lang, loaded));
    int shown = 0;
    boolean any = false;
    for (Problem p : loaded.problems()) {
      if (!p.isError()) {
        continue;
      }
      any = true;
      if (shown++ == CheckCommand.MAX_PRINTED) {
        err.println("… and more problems (run flowbook check)");
        break;
      }
      err.print(diagnostics.render(p));
    }
    if (any) {
      err.println(
          "the report may be incomplete: fix the errors above (flowbook check " + path + ")");
    }
    err.flush();
    return any;
  }
}
