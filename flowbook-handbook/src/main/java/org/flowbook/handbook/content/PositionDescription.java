package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.handbook.content.Block.Fact;
import org.flowbook.handbook.narrative.StepNumbers;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.Step;

/**
 * A position description (befattningsbeskrivning) of one role: its purpose, who holds it, the
 * responsibilities as R/A/C/I across all processes, the systems, documents, regulations and
 * controls it carries, its deputies and whom it covers for, and the processes to learn.
 */
final class PositionDescription {
  private PositionDescription() {}

  static Manual build(Context ctx, String role) {
    List<Process> processes =
        ctx.workspace().inLandscapeOrder().stream()
            .filter(p -> p.steps().stream().anyMatch(s -> !Raci.letters(s, role).isEmpty()))
            .toList();
    List<RoleManual.StepOf> mine = RoleManual.performed(ctx, role);
    Role declared = ctx.workspace().organization().role(role).orElse(null);
    String description = declared == null ? "" : declared.description();
    List<Fact> facts = new ArrayList<>();
    List<Person> holders = ctx.workspace().organization().holders(role);
    if (!holders.isEmpty()) {
      facts.add(Fact.of(ctx.t("position.holders"), Integer.toString(holders.size())));
    } else if (declared != null && declared.capacity() > 0) {
      facts.add(Fact.of(ctx.t("cover.capacity"), Integer.toString(declared.capacity())));
    }
    facts.add(Fact.of(ctx.t("cover.processes"), Integer.toString(processes.size())));
    facts.add(Fact.of(ctx.t("cover.steps"), Integer.toString(mine.size())));
    if (!ctx.workspace().organization().name().isEmpty()) {
      facts.add(Covers.organization(ctx));
    }
    facts.add(Covers.generated(ctx));
    Cover cover = new Cover(ctx.t("kind.position"), role, description, facts);

    List<Chapter> chapters = new ArrayList<>();
    chapters.add(purpose(ctx, role, description, holders));
    chapters.add(RoleManual.summary(ctx, role, processes, ""));
    chapters.add(carries(ctx, mine));
    chapters.add(deputies(ctx, role, declared, holders));
    chapters.add(learn(ctx, role, processes));
    return new Manual(ctx.language(), role, role, cover, 1, chapters);
  }

  private static Chapter purpose(
      Context ctx, String role, String description, List<Person> holders) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            Rich.of(description.isEmpty() ? ctx.t("position.noPurpose", role) : description),
            true));
    if (!holders.isEmpty()) {
      List<List<Rich>> rows = new ArrayList<>();
      for (Person p : holders) {
        rows.add(
            List.of(
                Rich.of(p.name()),
                Rich.of(percent(p.share(role) * p.workingTime())),
                Rich.of(p.email())));
      }
      blocks.add(
          new Block.Table(
              ctx.t("position.holders"),
              List.of(ctx.t("position.person"), ctx.t("position.share"), ctx.t("position.email")),
              rows,
              false));
    }
    return Chapter.of(Anchors.role(role) + "-purpose", ctx.t("position.purpose"), blocks);
  }

  /** The systems, documents, controls and regulations of the steps the role performs. */
  private static Chapter carries(Context ctx, List<RoleManual.StepOf> mine) {
    Set<String> systems = new LinkedHashSet<>();
    Set<String> documents = new LinkedHashSet<>();
    Set<String> controls = new LinkedHashSet<>();
    Set<String> regulations = new LinkedHashSet<>();
    for (RoleManual.StepOf so : mine) {
      var task = so.step().task();
      systems.addAll(task.systems());
      documents.addAll(task.inputs());
      documents.addAll(task.outputs());
      for (ControlRef c : task.controls()) {
        controls.add(c.name());
        regulations.addAll(c.requirements());
      }
    }
    List<Block> blocks = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    add(facts, ctx.t("step.systems"), systems, ctx);
    add(facts, ctx.t("position.documents"), documents, ctx);
    add(facts, ctx.t("step.controls"), controls, ctx);
    add(facts, ctx.t("position.regulations"), regulations, ctx);
    blocks.add(new Block.Facts(facts));
    return Chapter.of("position-carries", ctx.t("position.carries"), blocks);
  }

  private static void add(List<Fact> facts, String label, Set<String> values, Context ctx) {
    facts.add(Fact.of(label, values.isEmpty() ? ctx.t("summary.none") : String.join(", ", values)));
  }

  /** The role's deputies, the holders' personal cover, and the roles it steps in for. */
  private static Chapter deputies(Context ctx, String role, Role declared, List<Person> holders) {
    List<Block> blocks = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    facts.add(
        Fact.of(
            ctx.t("position.deputies"),
            declared == null || declared.deputies().isEmpty()
                ? ctx.t("summary.none")
                : String.join(" → ", declared.deputies())));
    for (Person p : holders) {
      if (!p.coveredBy().isEmpty()) {
        facts.add(
            Fact.of(ctx.t("position.coveredBy", p.name()), String.join(" → ", p.coveredBy())));
      }
    }
    List<String> coversFor = new ArrayList<>();
    for (Role r : ctx.workspace().organization().roles()) {
      if (r.deputies().stream().anyMatch(d -> d.equalsIgnoreCase(role))) {
        coversFor.add(r.name());
      }
    }
    Set<String> stepsCovered = new LinkedHashSet<>();
    for (Process p : ctx.workspace().inLandscapeOrder()) {
      StepNumbers numbers = StepNumbers.of(p);
      for (Step s : p.workSteps()) {
        if (s.task().deputies().stream().anyMatch(d -> d.equalsIgnoreCase(role))) {
          stepsCovered.add(p.title() + " " + numbers.of(s.id()) + ". " + s.title());
        }
      }
    }
    facts.add(
        Fact.of(
            ctx.t("position.coversFor"),
            coversFor.isEmpty() ? ctx.t("summary.none") : String.join(", ", coversFor)));
    if (!stepsCovered.isEmpty()) {
      facts.add(Fact.of(ctx.t("position.coversSteps"), String.join("; ", stepsCovered)));
    }
    blocks.add(new Block.Facts(facts));
    return Chapter.of("position-deputies", ctx.t("position.deputiesTitle"), blocks);
  }

  private static Chapter learn(Context ctx, String role, List<Process> processes) {
    List<Rich> items = new ArrayList<>();
    for (Process p : processes) {
      StringBuilder letters = new StringBuilder();
      for (String l : List.of("R", "A", "C", "I")) {
        if (p.steps().stream().anyMatch(s -> Raci.letters(s, role).contains(l))) {
          letters.append(l);
        }
      }
      String owner = p.owner().isEmpty() ? "" : " — " + ctx.t("cover.owner") + ": " + p.owner();
      items.add(Rich.of(p.title() + " (" + letters + ")" + owner));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.Paragraph.of(ctx.t("position.learnIntro")));
    blocks.add(
        items.isEmpty()
            ? Block.Paragraph.of(ctx.t("summary.none"))
            : new Block.ItemList(items, false));
    return Chapter.of("position-learn", ctx.t("position.learn"), blocks);
  }

  private static String percent(double share) {
    return Math.round(share * 100) + " %";
  }
}
