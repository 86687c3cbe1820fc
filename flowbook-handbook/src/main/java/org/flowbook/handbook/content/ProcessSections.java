package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.handbook.content.Block.Fact;
import org.flowbook.handbook.figure.ContextDiagram;
import org.flowbook.handbook.figure.Picture;
import org.flowbook.handbook.narrative.StepNumbers;
import org.flowbook.model.LandscapeGroup;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * The sections of one process, shared by the process manual (as chapters) and the organization
 * handbook (as sections under the process's chapter): about, where it fits, flowchart, steps, RACI,
 * roles, controls, the flow in words.
 */
final class ProcessSections {
  private final Context ctx;
  private final Process process;
  private final Workspace ws;

  ProcessSections(Context ctx, Process process) {
    this.ctx = ctx;
    this.process = process;
    this.ws = ctx.workspace();
  }

  List<Chapter> build() {
    List<Chapter> out = new ArrayList<>();
    out.add(about());
    out.add(fits());
    List<String> narrative = ctx.narrator().tell(ws, process);
    ctx.flowcharts()
        .flowchart(ws, process, ctx.language())
        .ifPresent(p -> out.add(flowchart(p, narrative)));
    out.add(steps());
    out.add(raci());
    out.add(roles());
    out.add(controls());
    out.add(narrative(narrative));
    return List.copyOf(out);
  }

  private String anchor(String section) {
    return Anchors.section(process.id(), section);
  }

  private Chapter about() {
    List<Block> blocks = new ArrayList<>();
    if (!process.purpose().isEmpty()) {
      blocks.add(new Block.Paragraph(Rich.of(process.purpose()), true));
    }
    // The purpose opens the chapter as its lead, so it is not repeated among the facts.
    List<Fact> facts = new ArrayList<>();
    if (!process.scope().isEmpty()) {
      facts.add(Fact.of(ctx.t("about.scope"), process.scope()));
    }
    if (!process.trigger().isEmpty()) {
      facts.add(Fact.of(ctx.t("about.trigger"), process.trigger()));
    }
    if (!process.outcomes().isEmpty()) {
      facts.add(Fact.of(ctx.t("about.outcomes"), String.join("; ", process.outcomes())));
    }
    if (process.casesPerMonth() != null) {
      String volume = ctx.t("about.volumeValue", ctx.formats().number(process.casesPerMonth(), 1));
      facts.add(Fact.of(ctx.t("about.volume"), volume));
    }
    if (!facts.isEmpty()) {
      blocks.add(new Block.Facts(facts));
    }
    if (blocks.isEmpty()) {
      blocks.add(Block.Paragraph.of(ctx.t("unknown")));
    }
    return Chapter.of(anchor("about"), ctx.t("about"), blocks);
  }

  private Chapter fits() {
    List<Block> blocks = new ArrayList<>();
    Optional<LandscapeGroup> group = ws.organization().group(process.group());
    if (group.isPresent()) {
      LandscapeGroup g = group.get();
      String text = ctx.t("fits.group", g.name());
      if (!g.description().isEmpty()) {
        text += " " + g.description();
      }
      blocks.add(Block.Paragraph.of(text));
    } else {
      blocks.add(Block.Paragraph.of(ctx.t("fits.noGroup")));
    }
    List<Process> callers = ws.callersOf(process.id());
    List<Process> callees =
        process.calledProcesses().stream().map(ws::process).flatMap(Optional::stream).toList();
    List<Fact> facts = new ArrayList<>();
    if (!callers.isEmpty()) {
      facts.add(new Fact(ctx.t("fits.calledBy"), processLinks(callers)));
    }
    if (!callees.isEmpty()) {
      facts.add(new Fact(ctx.t("fits.calls"), processLinks(callees)));
    }
    if (facts.isEmpty()) {
      blocks.add(Block.Paragraph.of(ctx.t("fits.none")));
    } else {
      blocks.add(new Block.Facts(facts));
      Picture picture =
          ContextDiagram.draw(
              process.title(),
              callers.stream().map(Process::title).toList(),
              callees.stream().map(Process::title).toList());
      String description =
          facts.stream()
              .map(f -> f.label() + ": " + f.value().plain())
              .reduce((a, b) -> a + ". " + b)
              .orElse("");
      blocks.add(new Block.Figure(picture, ctx.t("fits.figure"), description));
    }
    return Chapter.of(anchor("fits"), ctx.t("fits"), blocks);
  }

  private Rich processLinks(List<Process> processes) {
    Rich.Builder b = Rich.builder();
    for (int i = 0; i < processes.size(); i++) {
      if (i > 0) {
        b.text(", ");
      }
      ctx.link(b, processes.get(i).title(), Anchors.process(processes.get(i).id()));
    }
    return b.build();
  }

  private Chapter flowchart(Picture picture, List<String> narrative) {
    Block figure =
        new Block.Figure(
            picture, ctx.t("flowchart.caption", process.title()), String.join(" ", narrative));
    return Chapter.of(anchor("flowchart"), ctx.t("flowchart"), List.of(figure));
  }

  private Chapter steps() {
    StepSection section = new StepSection(ctx, process);
    List<Chapter> children = process.workSteps().stream().map(section::build).toList();
    return new Chapter(anchor("steps"), "", ctx.t("steps"), "", false, List.of(), children);
  }

  /** Beyond this many roles the matrix turns: roles as rows, step numbers as columns. */
  private static final int MAX_ROLE_COLUMNS = 5;

  private Chapter raci() {
    List<String> roles = process.roles();
    List<Step> steps = process.workSteps();
    StepNumbers numbers = StepNumbers.of(process);
    List<String> header = new ArrayList<>();
    List<List<Rich>> rows = new ArrayList<>();
    boolean turned = roles.size() > MAX_ROLE_COLUMNS;
    if (turned) {
      header.add(ctx.t("index.role"));
      steps.forEach(s -> header.add(numbers.of(s.id())));
      for (String r : roles) {
        List<Rich> row = new ArrayList<>();
        row.add(ctx.link(r, Anchors.role(r)));
        steps.forEach(s -> row.add(Rich.of(Raci.letters(s, r))));
        rows.add(row);
      }
    } else {
      header.add(ctx.t("step"));
      header.addAll(roles);
      for (Step s : steps) {
        List<Rich> row = new ArrayList<>();
        row.add(
            ctx.link(numbers.of(s.id()) + ". " + s.title(), Anchors.step(process.id(), s.id())));
        roles.forEach(r -> row.add(Rich.of(Raci.letters(s, r))));
        rows.add(row);
      }
    }
    List<Block> blocks = new ArrayList<>();
    if (turned) {
      blocks.add(Block.Paragraph.of(ctx.t("raci.turned")));
    }
    blocks.add(new Block.Table("", header, rows, true));
    blocks.add(Block.Paragraph.of(ctx.t("raci.legend")));
    return Chapter.of(anchor("raci"), ctx.t("raci"), blocks);
  }

  private Chapter roles() {
    StepNumbers numbers = StepNumbers.of(process);
    List<List<Rich>> rows = new ArrayList<>();
    for (String role : process.roles()) {
      String description = ws.organization().role(role).map(Role::description).orElse("");
      Rich.Builder does = Rich.builder();
      for (Step s : process.workSteps()) {
        String letters = Raci.letters(s, role);
        if (!letters.isEmpty()) {
          if (!does.isEmpty()) {
            does.text(", ");
          }
          ctx.link(
              does, ctx.t("narr.stepRef", numbers.of(s.id())), Anchors.step(process.id(), s.id()));
          does.text(" (" + letters + ")");
        }
      }
      rows.add(List.of(ctx.link(role, Anchors.role(role)), Rich.of(description), does.build()));
    }
    List<String> header =
        List.of(ctx.t("index.role"), ctx.t("role.description"), ctx.t("roles.steps"));
    return Chapter.of(
        anchor("roles"), ctx.t("roles"), List.of(new Block.Table("", header, rows, false)));
  }

  private Chapter controls() {
    StepNumbers numbers = StepNumbers.of(process);
    List<List<Rich>> rows = new ArrayList<>();
    for (Step s : process.workSteps()) {
      for (var control : s.task().controls()) {
        Rich stepRef =
            ctx.link(numbers.of(s.id()) + ". " + s.title(), Anchors.step(process.id(), s.id()));
        List<String> cites =
            control.requirements().isEmpty() ? List.of("") : control.requirements();
        for (String cite : cites) {
          String text = ws.organization().resolve(cite).map(c -> c.requirement().text()).orElse("");
          rows.add(
              List.of(
                  stepRef,
                  Rich.of(control.name()),
                  Rich.of(cite.isEmpty() ? "—" : cite),
                  Rich.of(text)));
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    if (rows.isEmpty()) {
      blocks.add(Block.Paragraph.of(ctx.t("controls.none")));
    } else {
      List<String> header =
          List.of(
              ctx.t("step"),
              ctx.t("controls.control"),
              ctx.t("controls.requirement"),
              ctx.t("controls.text"));
      blocks.add(new Block.Table("", header, rows, false));
    }
    return Chapter.of(anchor("controls"), ctx.t("controls"), blocks);
  }

  private Chapter narrative(List<String> paragraphs) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(Rich.of(ctx.t("narrative.intro")), false));
    paragraphs.forEach(p -> blocks.add(Block.Paragraph.of(p)));
    return Chapter.of(anchor("narrative"), ctx.t("narrative"), blocks);
  }
}
