package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.handbook.content.Block.Fact;
import org.flowbook.handbook.narrative.StepNumbers;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.Step;

/**
 * Everything one role does, for training a new hire or handing over to a deputy: a one-page summary
 * of where the role is Responsible, Accountable, Consulted or Informed, then the steps it performs,
 * grouped by process, with their full instructions.
 */
final class RoleManual {
  private RoleManual() {}

  /** The steps the role performs (is Responsible for), by process in landscape order. */
  static List<StepOf> performed(Context ctx, String role) {
    List<StepOf> out = new ArrayList<>();
    for (Process p : ctx.workspace().inLandscapeOrder()) {
      for (Step s : p.workSteps()) {
        if (s.performer().equalsIgnoreCase(role)) {
          out.add(new StepOf(p, s));
        }
      }
    }
    return out;
  }

  static Set<String> anchors(Context ctx, String role) {
    Set<String> out = new HashSet<>();
    for (StepOf so : performed(ctx, role)) {
      out.add(Anchors.process(so.process().id()));
      out.add(Anchors.step(so.process().id(), so.step().id()));
    }
    return out;
  }

  static Manual build(Context ctx, String role) {
    List<StepOf> mine = performed(ctx, role);
    List<Process> processes =
        ctx.workspace().inLandscapeOrder().stream()
            .filter(p -> p.steps().stream().anyMatch(s -> !Raci.letters(s, role).isEmpty()))
            .toList();
    List<Fact> facts = new ArrayList<>();
    ctx.workspace()
        .organization()
        .role(role)
        .filter(r -> r.capacity() > 0)
        .ifPresent(
            r -> facts.add(Fact.of(ctx.t("cover.capacity"), Integer.toString(r.capacity()))));
    facts.add(Fact.of(ctx.t("cover.processes"), Integer.toString(processes.size())));
    facts.add(Fact.of(ctx.t("cover.steps"), Integer.toString(mine.size())));
    if (!ctx.workspace().organization().name().isEmpty()) {
      facts.add(Covers.organization(ctx));
    }
    facts.add(Covers.generated(ctx));
    String description =
        ctx.workspace().organization().role(role).map(Role::description).orElse("");
    Cover cover = new Cover(ctx.t("kind.role"), role, description, facts);

    List<Chapter> chapters = new ArrayList<>();
    chapters.add(summary(ctx, role, processes, description));
    LearningSection.build(ctx, role).ifPresent(chapters::add);
    for (Process p : processes) {
      List<Step> steps = mine.stream().filter(so -> so.process() == p).map(StepOf::step).toList();
      if (steps.isEmpty()) {
        continue;
      }
      StepSection section = new StepSection(ctx, p);
      List<Block> intro = new ArrayList<>();
      if (!p.purpose().isEmpty()) {
        intro.add(new Block.Paragraph(Rich.of(p.purpose()), true));
      }
      List<Fact> pf = new ArrayList<>();
      if (!p.owner().isEmpty()) {
        pf.add(Fact.of(ctx.t("cover.owner"), p.owner()));
      }
      if (!p.trigger().isEmpty()) {
        pf.add(Fact.of(ctx.t("about.trigger"), p.trigger()));
      }
      if (!pf.isEmpty()) {
        intro.add(new Block.Facts(pf));
      }
      chapters.add(
          new Chapter(
              Anchors.process(p.id()),
              "",
              p.title(),
              role + " · " + p.title(),
              true,
              intro,
              steps.stream().map(section::build).toList()));
    }
    return new Manual(ctx.language(), role, role, cover, 2, chapters);
  }

  static Chapter summary(Context ctx, String role, List<Process> processes, String description) {
    List<Block> blocks = new ArrayList<>();
    int involved = 0;
    List<List<Rich>> rows = new ArrayList<>();
    for (Process p : processes) {
      StepNumbers numbers = StepNumbers.of(p);
      for (Step s : p.workSteps()) {
        String letters = Raci.letters(s, role);
        if (letters.isEmpty()) {
          continue;
        }
        involved++;
        boolean performs = letters.contains("R");
        String time =
            performs && !s.task().workTime().isZero()
                ? ctx.formats().exact(s.task().workTime())
                : "";
        rows.add(
            List.of(
                Rich.of(p.title()),
                ctx.link(numbers.of(s.id()) + ". " + s.title(), Anchors.step(p.id(), s.id())),
                Rich.strong(letters),
                Rich.of(time)));
      }
    }
    blocks.add(
        new Block.Paragraph(
            Rich.of(ctx.t("summary.intro", role, involved, processes.size())), true));
    List<Fact> about = new ArrayList<>();
    if (!description.isEmpty()) {
      about.add(Fact.of(ctx.t("role.description"), description));
    }
    List<String> owned =
        ctx.workspace().inLandscapeOrder().stream()
            .filter(p -> p.owner().equalsIgnoreCase(role))
            .map(Process::title)
            .toList();
    if (!owned.isEmpty()) {
      about.add(Fact.of(ctx.t("summary.owns"), String.join(", ", owned)));
    }
    if (!about.isEmpty()) {
      blocks.add(new Block.Facts(about));
    }
    if (rows.isEmpty()) {
      blocks.add(Block.Paragraph.of(ctx.t("role.noSteps", role)));
    } else {
      List<String> header =
          List.of(ctx.t("summary.process"), ctx.t("summary.step"), "RACI", ctx.t("summary.time"));
      blocks.add(new Block.Table("", header, rows, false));
      blocks.add(
          new Block.ItemList(
              List.of(
                  Rich.of("R — " + ctx.t("summary.letter.R")),
                  Rich.of("A — " + ctx.t("summary.letter.A")),
                  Rich.of("C — " + ctx.t("summary.letter.C")),
                  Rich.of("I — " + ctx.t("summary.letter.I"))),
              false));
    }
    return Chapter.of(Anchors.role(role) + "-summary", ctx.t("summary"), blocks);
  }

  /** A step together with the process it belongs to. */
  record StepOf(Process process, Step step) {}
}
