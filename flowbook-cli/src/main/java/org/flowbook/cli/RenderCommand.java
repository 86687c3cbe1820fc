package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.landscape.LandscapeOptions;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.Direction;
import org.flowbook.diagram.medium.DirectionChoice;
import org.flowbook.diagram.medium.Medium;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.diagram.render.Tiles;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.notation.Diagnostics;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.ProcessDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook render}: draws a process as a swimlane flowchart, or a workspace's landscape. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Draws a process file as a swimlane flowchart (one lane per role), or a workspace",
      "folder as its process landscape map, as SVG or PNG (chosen by the -o extension)."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook render examples/inkopsgodkannande.flow   -> inkopsgodkannande.svg",
      "  flowbook render examples/inkopsgodkannande.flow -o k.png --scale 2",
      "  flowbook render examples/ -o landscape.svg        the landscape map",
      "  flowbook render x.bpmn --layout original -o x.png  as its author drew it",
      "  flowbook render examples/manadsbokslut.flow --direction down   lanes as columns",
      "  flowbook render examples/kundoffert.flow --tiles a4 -o offert.svg",
      "                     offert-1.svg, offert-2.svg ... to print at 100 % and lay side by side",
      "",
      "Exit codes: 0 written, 1 the input has errors, 2 usage error."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OrganizationOption org;

  @Parameters(
      paramLabel = "PATH",
      description = "A .flow process file, a workspace folder or a BPMN 2.0 (.bpmn) file.")
  Path path;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write: .svg or .png (default: named after the input, in the current folder).")
  Path output;

  @Option(
      names = "--scale",
      defaultValue = "2",
      description = "PNG pixels per SVG unit, 0.1..8 (default: ${DEFAULT-VALUE}).")
  double scale;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      description = "Language of generated words (default: the content's).")
  String lang;

  @Option(
      names = "--link",
      paramLabel = "PATTERN",
      defaultValue = "{id}.svg",
      description =
          "Landscape map: where a process box links to; {id} is the process id (default: ${DEFAULT-VALUE}).")
  String link;

  /** Whose layout a BPMN file is drawn with. */
  enum LayoutChoice {
    auto,
    original
  }

  @Option(
      names = "--layout",
      paramLabel = "auto|original",
      defaultValue = "auto",
      description =
          "For a .bpmn file: Flowbook's own layout (auto) or the file's own drawing (original)"
              + " (default: ${DEFAULT-VALUE}).")
  LayoutChoice layout;

  @Option(
      names = "--direction",
      paramLabel = "right|down",
      description =
          "Which way the flow runs: right (one row per role) or down (one column per role, for"
              + " portrait pages); also höger|nedåt (default: the process's direction: header,"
              + " else right; with --tiles, what prints best).")
  String direction;

  @Option(
      names = "--tiles",
      paramLabel = "a4|a4-landscape",
      description =
          "Cut the flowchart into printable tiles of this page size, text at 8 pt or more when"
              + " printed at 100 %: FILE-1.svg, FILE-2.svg ... with the cut edges dashed, lane"
              + " headers repeated and every cut flow tagged with the step it continues at.")
  String tiles;

  @Option(
      names = "--process",
      paramLabel = "ID",
      description =
          "For a .bpmn file with several processes: which one (default: the first pool's).")
  String processId;

  @Override
  public Integer call() throws IOException {
    Path out = outputPath();
    Language language = language();
    if (!(scale >= 0.1 && scale <= 8)) {
      throw new ParameterException(spec.commandLine(), "--scale must be within 0.1..8");
    }
    Optional<Direction> given =
        direction == null
            ? Optional.empty()
            : Optional.of(
                Direction.parse(direction)
                    .orElseThrow(
                        () ->
                            new ParameterException(
                                spec.commandLine(),
                                "--direction must be right or down (höger or nedåt), not '"
                                    + direction
                                    + "'")));
    Optional<Medium> page =
        tiles == null
            ? Optional.empty()
            : Optional.of(
                Tiles.page(tiles)
                    .orElseThrow(
                        () ->
                            new ParameterException(
                                spec.commandLine(),
                                "--tiles must be a4 or a4-landscape, not '" + tiles + "'")));
    if (page.isPresent() && Files.isDirectory(path)) {
      throw new ParameterException(
          spec.commandLine(), "--tiles cuts a flowchart; give a .flow or .bpmn file");
    }
    Direction dir = given.orElse(Direction.RIGHT);
    if (Files.isRegularFile(path) && BpmnInputs.isBpmn(path)) {
      if (page.isPresent()) {
        Optional<Process> p = bpmnProcess();
        if (p.isEmpty()) {
          return 1;
        }
        return writeTiles(out, p.get(), language, given, page.get());
      }
      return renderBpmn(out, language, dir);
    }
    LoadedWorkspace ws = Inputs.load(spec, path, org.file);
    if (ws.hasErrors()) {
      printProblems(ws);
      return 1;
    }
    String svg;
    if (Files.isDirectory(path)) {
      LandscapeOptions options = LandscapeOptions.defaults().withLinkPattern(link);
      svg =
          Diagrams.landscape(
              ws.workspace(), language == null ? options : options.withLanguage(language));
    } else {
      List<ProcessDocument> docs = ws.requested();
      if (docs.isEmpty() || !docs.get(0).hasProcess()) {
        printProblems(ws);
        spec.commandLine().getErr().println(path + ": no process to draw");
        return 1;
      }
      Process p = docs.get(0).process();
      if (page.isPresent()) {
        return writeTiles(out, p, language, given, page.get());
      }
      RenderOptions options = RenderOptions.defaults();
      svg =
          Diagrams.flowchart(
              p,
              Diagrams.layout(p, given.or(() -> Direction.of(p)).orElse(Direction.RIGHT)),
              language == null ? options : options.withLanguage(language));
    }
    write(out, svg);
    if (Terminal.interactive()) {
      spec.commandLine().getOut().println("wrote " + out);
    }
    return 0;
  }

  private int renderBpmn(Path out, Language language, Direction dir) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    BpmnImport r = BpmnInputs.read(path);
    BpmnInputs.print(err, r.problems().stream().filter(Problem::isError).toList(), false, language);
    if (r.hasErrors()) {
      return 1;
    }
    Optional<Process> chosen =
        processId == null ? r.mainProcess() : r.workspace().process(processId);
    if (chosen.isEmpty()) {
      err.println(
          path
              + ": no process"
              + (processId == null ? "" : " '" + processId + "'")
              + " to draw;"
              + " processes: "
              + r.processes().stream().map(Process::id).toList());
      return 1;
    }
    Process p = chosen.get();
    DiagramLayout drawn = Diagrams.layout(p, dir);
    if (layout == LayoutChoice.original) {
      Optional<DiagramLayout> own = r.layout(p.id());
      if (own.isPresent() && own.get().nodes().size() == p.steps().size()) {
        drawn = own.get();
      } else {
        err.println(
            path
                + ": warning: the file does not draw every step of '"
                + p.id()
                + "' (no or"
                + " partial diagram interchange); using Flowbook's layout");
      }
    }
    RenderOptions options = RenderOptions.defaults();
    write(
        out,
        Diagrams.flowchart(p, drawn, language == null ? options : options.withLanguage(language)));
    if (Terminal.interactive()) {
      spec.commandLine().getOut().println("wrote " + out);
    }
    return 0;
  }

  /** The tiles of a process's flowchart, one file each: NAME-1.svg, NAME-2.svg ... */
  private int writeTiles(
      Path out, Process p, Language language, Optional<Direction> given, Medium page)
      throws IOException {
    RenderOptions options = RenderOptions.defaults();
    if (language != null) {
      options = options.withLanguage(language);
    }
    DirectionChoice choice =
        DirectionChoice.best(d -> Diagrams.layout(p, d), given.or(() -> Direction.of(p)), page);
    List<Tiles.Tile> made = Tiles.of(p, choice, options);
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    for (Tiles.Tile t : made) {
      Path file =
          out.resolveSibling(name.substring(0, dot) + "-" + t.number() + name.substring(dot));
      write(file, t.svg());
      if (Terminal.interactive()) {
        spec.commandLine().getOut().println("wrote " + file);
      }
    }
    if (!choice.legible()) {
      spec.commandLine()
          .getErr()
          .println(
              path
                  + ": warning: the chart cannot be printed with 8 pt text on "
                  + page
                  + "; its tiles are smaller");
    }
    return 0;
  }

  /** The process of a BPMN file that --process names (or its first), problems printed. */
  private Optional<Process> bpmnProcess() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    BpmnImport r = BpmnInputs.read(path);
    BpmnInputs.print(
        err, r.problems().stream().filter(Problem::isError).toList(), false, language());
    if (r.hasErrors()) {
      return Optional.empty();
    }
    Optional<Process> chosen =
        processId == null ? r.mainProcess() : r.workspace().process(processId);
    if (chosen.isEmpty()) {
      err.println(
          path + ": no process" + (processId == null ? "" : " '" + processId + "'") + " to draw");
    }
    return chosen;
  }

  private void write(Path out, String svg) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (isPng(out)) {
      Files.write(out, Diagrams.png(svg, scale));
    } else {
      Files.writeString(out, svg, StandardCharsets.UTF_8);
    }
  }

  private Path outputPath() {
    Path out = output;
    if (out == null) {
      String name = path.toAbsolutePath().normalize().getFileName().toString();
      int dot = name.lastIndexOf('.');
      String base = dot > 0 ? name.substring(0, dot) : name;
      out = Path.of(base + ".svg");
    }
    String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!n.endsWith(".svg") && !n.endsWith(".png")) {
      throw new ParameterException(
          spec.commandLine(), "cannot tell the format of '" + out + "': name it .svg or .png");
    }
    if (out.toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())) {
      throw new ParameterException(
          spec.commandLine(),
          "the output would overwrite the input '" + path + "': choose another name with -o");
    }
    return out;
  }

  private static boolean isPng(Path out) {
    return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
  }

  private Language language() {
    if (lang == null) {
      return null;
    }
    return Language.fromCode(lang)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(), "unknown language '" + lang + "': use sv or en"));
  }

  private void printProblems(LoadedWorkspace ws) {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics d =
        new Diagnostics(ws.sources()::get, Terminal.colors())
            .in(ReportOutput.problemLanguage(spec, lang, ws));
    for (Problem p : ws.problems()) {
      if (p.isError()) {
        err.print(d.render(p));
      }
    }
    err.flush();
  }
}
