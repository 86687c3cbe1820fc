package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Regulation;
import org.flowbook.notation.OrganizationDocument;
import org.flowbook.notation.OrganizationParser;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.notation.regulations.RegulationLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flowbook regulations}: the requirement sets that ship with Flowbook (GDPR,
 * Bokföringslagen, AFS 2023:1, Kommunallagen), listed, shown, or added to a workspace's
 * organization.flow.
 */
@Command(
    name = "regulations",
    mixinStandardHelpOptions = true,
    description = {
      "The regulation library: short, cited requirement sets ready to use as 'regelverk:'",
      "entries, in Swedish and English. 'list' shows them, 'show' prints one as notation, 'add'",
      "appends them to a workspace's organization.flow so that controls can cite them",
      "(\"GDPR Art. 30\", \"BFL 5:6\"). The texts are summaries; each set names its official source."
    },
    subcommands = {
      RegulationsCommand.ListSets.class,
      RegulationsCommand.Show.class,
      RegulationsCommand.Add.class
    },
    footer = {
      "",
      "Examples:",
      "  flowbook regulations list",
      "  flowbook regulations show gdpr --lang en",
      "  flowbook regulations add min-verksamhet/ gdpr bfl kl",
      "",
      "Exit codes: 0 done, 1 nothing added (a set is already declared, or no organization.flow),",
      "2 usage error."
    })
final class RegulationsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Language language(CommandSpec spec, String lang, Language fallback) {
    return ReportOutput.language(spec, lang).orElse(fallback);
  }

  static RegulationLibrary.Entry entry(CommandSpec spec, String id, Language language) {
    return RegulationLibrary.find(id, language)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "no regulation set '"
                        + id
                        + "' in the library; choose one of "
                        + String.join(", ", RegulationLibrary.ids())));
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the sets.")
  static final class ListSets implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--lang", paramLabel = "sv|en", description = "Language (default sv).")
    String lang;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (RegulationLibrary.Entry e : RegulationLibrary.all(language(spec, lang, Language.SV))) {
        Regulation r = e.regulation();
        out.printf(
            Locale.ROOT,
            "%-11s %-11s %2d  %s%n             %s%n",
            e.id(),
            r.shortName(),
            r.requirements().size(),
            r.name(),
            r.source());
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints one set as notation, as 'add' would append it.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SET", description = "A set's id or citation name (gdpr, BFL, ...).")
    String id;

    @Option(names = "--lang", paramLabel = "sv|en", description = "Language (default sv).")
    String lang;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.print(entry(spec, id, language(spec, lang, Language.SV)).text());
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Appends sets to the workspace's organization.flow, in the organization's language",
        "unless --lang says otherwise. A set whose name or citation name the organization",
        "already declares is not added twice: nothing is written and the exit code is 1."
      })
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SET", description = "Set ids.")
    List<String> ids;

    @Option(names = "--lang", paramLabel = "sv|en", description = "Language of the texts.")
    String lang;

    @Override
    public Integer call() throws IOException {
      Path orgFile = workspace.resolve(WorkspaceLoader.ORGANIZATION_FILE);
      if (!Files.isRegularFile(orgFile)) {
        spec.commandLine()
            .getErr()
            .println(
                "no "
                    + WorkspaceLoader.ORGANIZATION_FILE
                    + " in "
                    + workspace
                    + "; create one first (see docs/notation.md)");
        return 1;
      }
      String text = Files.readString(orgFile, StandardCharsets.UTF_8);
      OrganizationDocument doc = OrganizationParser.parse(orgFile.toString(), text);
      Organization org = doc.organization();
      Language language = language(spec, lang, org.language());
      List<RegulationLibrary.Entry> adding = new ArrayList<>();
      List<String> clashes = new ArrayList<>();
      for (String id : ids) {
        RegulationLibrary.Entry e = entry(spec, id, language);
        Optional<Regulation> there = declared(org, adding, e.regulation());
        if (there.isPresent()) {
          clashes.add(
              e.id()
                  + ": '"
                  + there.get().name()
                  + "' ("
                  + there.get().shortName()
                  + ") is already declared"
                  + (there.get().at().line() > 0 ? " at " + there.get().at() : ""));
        } else {
          adding.add(e);
        }
      }
      if (!clashes.isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        clashes.forEach(err::println);
        err.println("nothing added; remove the declared entry first to replace it");
        return 1;
      }
      StringBuilder out = new StringBuilder(text);
      if (!text.isEmpty() && !text.endsWith("\n")) {
        out.append('\n');
      }
      for (RegulationLibrary.Entry e : adding) {
        out.append('\n').append(e.text());
      }
      OutputFiles.writeString(orgFile, out.toString());
      PrintWriter o = spec.commandLine().getOut();
      for (RegulationLibrary.Entry e : adding) {
        o.printf(
            "added %s (%s, %d requirements) to %s%n",
            e.regulation().name(),
            e.regulation().shortName(),
            e.regulation().requirements().size(),
            orgFile);
      }
      o.flush();
      return 0;
    }

    private static Optional<Regulation> declared(
        Organization org, List<RegulationLibrary.Entry> adding, Regulation wanted) {
      List<Regulation> known = new ArrayList<>(org.regulations());
      adding.forEach(e -> known.add(e.regulation()));
      return known.stream()
          .filter(
              r ->
                  r.shortName().equalsIgnoreCase(wanted.shortName())
                      || r.name().equalsIgnoreCase(wanted.name()))
          .findFirst();
    }
  }
}
