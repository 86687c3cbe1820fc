package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.handbook.narrative.StepNumbers;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Process;
import org.flowbook.training.curriculum.Curricula;
import org.flowbook.training.curriculum.Curriculum;
import org.flowbook.training.curriculum.CurriculumProcess;
import org.flowbook.training.curriculum.CurriculumStep;
import org.flowbook.training.curriculum.RegulationItem;

/**
 * The role manual's "What to learn" chapter: the role's curriculum from the training module (the
 * one derivation of what a role must know), as a checklist for the new hire and their trainer.
 */
final class LearningSection {
  private LearningSection() {}

  /** The chapter, or empty when the role has nothing to learn. */
  static Optional<Chapter> build(Context ctx, String role) {
    Curriculum c = Curricula.of(ctx.workspace(), role);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            Rich.of(ctx.t("learn.intro", c.role(), c.stepCount(), c.processes().size())), true));
    List<Rich> steps = new ArrayList<>();
    List<List<Rich>> controls = new ArrayList<>();
    for (CurriculumProcess cp : c.processes()) {
      Process p = ctx.workspace().process(cp.processId()).orElseThrow();
      StepNumbers numbers = StepNumbers.of(p);
      Rich.Builder line = Rich.builder().strong(cp.title()).text(": ");
      boolean first = true;
      for (CurriculumStep s : cp.steps()) {
        String label = numbers.of(s.id()) + ". " + s.title();
        if (!first) {
          line.text(", ");
        }
        first = false;
        line.append(ctx.link(label, Anchors.step(p.id(), s.id())));
        if (!s.performs()) {
          line.text(" (" + ctx.t("learn.accountable") + ")");
        }
        for (ControlRef k : s.controls()) {
          controls.add(
              List.of(
                  Rich.of(k.name()),
                  ctx.link(label, Anchors.step(p.id(), s.id())),
                  Rich.of(String.join(", ", k.requirements()))));
        }
      }
      steps.add(line.build());
    }
    blocks.add(new Block.ItemList(steps, false));
    if (!controls.isEmpty()) {
      blocks.add(
          new Block.Table(
              ctx.t("learn.controls"),
              List.of(ctx.t("learn.control"), ctx.t("summary.step"), ctx.t("learn.requirement")),
              controls,
              false));
    }
    if (!c.regulations().isEmpty()) {
      List<Rich> regs = new ArrayList<>();
      for (RegulationItem r : c.regulations()) {
        Rich.Builder b = Rich.builder().strong(r.citation());
        if (!r.text().isEmpty()) {
          b.text(": " + r.text());
        }
        regs.add(b.build());
      }
      blocks.add(new Block.Callout(ctx.t("learn.regulations"), regs));
    }
    if (!c.extraItems().isEmpty()) {
      blocks.add(
          new Block.Callout(ctx.t("learn.extra"), c.extraItems().stream().map(Rich::of).toList()));
    }
    if (!c.validFor().isZero()) {
      blocks.add(
          Block.Paragraph.of(
              ctx.t("learn.valid", Curricula.validity(c, ctx.formats().language()))));
    }
    return Optional.of(Chapter.of(Anchors.role(role) + "-learn", ctx.t("learn"), blocks));
  }
}
