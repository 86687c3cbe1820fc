package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbook.handbook.content.Block.Fact;
import org.flowbook.handbook.content.Handover.HandoverStep;
import org.flowbook.handbook.narrative.StepNumbers;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * A handover pack: what a person does and who covers each step while they are away — first a table
 * of every step with its cover (the steps nobody covers called out), then each step with its full
 * instructions, systems and contacts, grouped by process.
 */
final class HandoverPack {
  private HandoverPack() {}

  static Set<String> anchors(Handover h) {
    Set<String> out = new HashSet<>();
    for (HandoverStep s : h.steps()) {
      out.add(Anchors.process(s.processId()));
      out.add(Anchors.step(s.processId(), s.stepId()));
    }
    return out;
  }

  static Manual build(Context ctx, Handover h) {
    Map<Process, List<HandoverStep>> byProcess = new LinkedHashMap<>();
    for (HandoverStep s : h.steps()) {
      ctx.workspace()
          .process(s.processId())
          .ifPresent(p -> byProcess.computeIfAbsent(p, k -> new ArrayList<>()).add(s));
    }
    long uncovered = h.steps().stream().filter(HandoverStep::uncovered).count();
    String period = h.from() + " – " + h.to();
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of(ctx.t("handover.period"), period));
    facts.add(Fact.of(ctx.t("cover.roles"), String.join(", ", h.roles())));
    facts.add(Fact.of(ctx.t("cover.steps"), Integer.toString(h.steps().size())));
    facts.add(Fact.of(ctx.t("handover.uncovered"), Long.toString(uncovered)));
    if (!ctx.workspace().organization().name().isEmpty()) {
      facts.add(Covers.organization(ctx));
    }
    facts.add(Covers.generated(ctx));
    Cover cover =
        new Cover(ctx.t("kind.handover"), h.person(), ctx.t("handover.subtitle", period), facts);

    List<Chapter> chapters = new ArrayList<>();
    chapters.add(summary(ctx, h, byProcess, uncovered));
    for (Map.Entry<Process, List<HandoverStep>> e : byProcess.entrySet()) {
      Process p = e.getKey();
      StepSection section = new StepSection(ctx, p);
      List<Chapter> steps = new ArrayList<>();
      for (HandoverStep hs : e.getValue()) {
        Step step = p.step(hs.stepId()).orElse(null);
        if (step == null) {
          continue;
        }
        Chapter c = section.build(step);
        List<Block> blocks = new ArrayList<>();
        blocks.add(coverCallout(ctx, hs));
        blocks.addAll(c.blocks());
        steps.add(
            new Chapter(
                c.anchor(),
                c.number(),
                c.title(),
                c.runningTitle(),
                c.newPage(),
                blocks,
                c.children()));
      }
      List<Block> intro = new ArrayList<>();
      if (!p.purpose().isEmpty()) {
        intro.add(new Block.Paragraph(Rich.of(p.purpose()), true));
      }
      if (!p.owner().isEmpty()) {
        intro.add(new Block.Facts(List.of(Fact.of(ctx.t("cover.owner"), p.owner()))));
      }
      chapters.add(
          new Chapter(
              Anchors.process(p.id()),
              "",
              p.title(),
              h.person() + " · " + p.title(),
              true,
              intro,
              steps));
    }
    return new Manual(ctx.language(), h.person(), h.person(), cover, 2, chapters);
  }

  private static Block coverCallout(Context ctx, HandoverStep hs) {
    return new Block.Callout(
        ctx.t(hs.uncovered() ? "handover.nobodyTitle" : "handover.coverTitle"),
        hs.cover().stream().map(Rich::of).toList());
  }

  private static Chapter summary(
      Context ctx, Handover h, Map<Process, List<HandoverStep>> byProcess, long uncovered) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            Rich.of(
                ctx.t(
                    "handover.intro",
                    h.person(),
                    h.from() + " – " + h.to(),
                    h.steps().size(),
                    byProcess.size())),
            true));
    List<List<Rich>> rows = new ArrayList<>();
    List<Rich> nobody = new ArrayList<>();
    for (Map.Entry<Process, List<HandoverStep>> e : byProcess.entrySet()) {
      Process p = e.getKey();
      StepNumbers numbers = StepNumbers.of(p);
      for (HandoverStep hs : e.getValue()) {
        Step s = p.step(hs.stepId()).orElse(null);
        if (s == null) {
          continue;
        }
        String name = numbers.of(s.id()) + ". " + s.title();
        rows.add(
            List.of(
                Rich.of(p.title()),
                ctx.link(name, Anchors.step(p.id(), s.id())),
                Rich.of(s.performer()),
                Rich.of(String.join("; ", hs.cover()))));
        if (hs.uncovered()) {
          nobody.add(Rich.of(p.title() + " " + name));
        }
      }
    }
    if (uncovered > 0) {
      blocks.add(new Block.Callout(ctx.t("handover.nobodyTitle"), nobody));
    }
    if (rows.isEmpty()) {
      blocks.add(Block.Paragraph.of(ctx.t("handover.noSteps", h.person())));
    } else {
      blocks.add(
          new Block.Table(
              "",
              List.of(
                  ctx.t("summary.process"),
                  ctx.t("summary.step"),
                  ctx.t("cover.role"),
                  ctx.t("handover.coveredBy")),
              rows,
              false));
    }
    return Chapter.of("handover-summary", ctx.t("handover.summary"), blocks);
  }
}
