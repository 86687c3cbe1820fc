package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.handbook.content.Block.Fact;
import org.flowbook.handbook.narrative.StepNumbers;
import org.flowbook.model.Call;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Decision;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/**
 * One numbered step as a reader works from it: who, how long, with which systems and documents, the
 * instructions, the controls with the requirements they satisfy, tips, and where it goes next.
 */
final class StepSection {
  private final Context ctx;
  private final Process process;
  private final StepNumbers numbers;
  private final Routes routes;

  StepSection(Context ctx, Process process) {
    this.ctx = ctx;
    this.process = process;
    this.numbers = StepNumbers.of(process);
    this.routes = new Routes(ctx, process);
  }

  Chapter build(Step step) {
    Task task = step.task();
    List<Block> blocks = new ArrayList<>();
    List<Fact> facts = facts(task);
    if (!facts.isEmpty()) {
      blocks.add(new Block.Facts(facts));
    }
    if (step instanceof Call call) {
      String title =
          ctx.workspace().process(call.processId()).map(Process::title).orElse(call.processId());
      Rich.Builder b = Rich.builder();
      String[] around = ctx.t("step.calls", "\u0000").split("\u0000", -1);
      b.text(around[0]);
      ctx.link(b, title, Anchors.process(call.processId()));
      b.text(around.length > 1 ? around[1] : "");
      blocks.add(new Block.Paragraph(b.build(), false));
    }
    if (step instanceof Decision d && !d.question().isEmpty()) {
      blocks.add(new Block.Paragraph(Rich.strong(ctx.t("step.question", d.question())), false));
    }
    if (!task.instructions().isEmpty()) {
      blocks.add(new Block.Paragraph(Rich.strong(ctx.t("step.instructions")), false));
      blocks.add(new Block.ItemList(task.instructions().stream().map(Rich::of).toList(), true));
    }
    if (!task.controls().isEmpty()) {
      blocks.add(new Block.Paragraph(Rich.strong(ctx.t("step.controls")), false));
      blocks.add(new Block.ItemList(task.controls().stream().map(this::control).toList(), false));
    }
    if (!task.notes().isEmpty()) {
      blocks.add(
          new Block.Callout(ctx.t("step.notes"), task.notes().stream().map(Rich::of).toList()));
    }
    List<Rich> next = routes.onward(step);
    if (!next.isEmpty()) {
      blocks.add(new Block.Paragraph(Rich.strong(ctx.t("step.next")), false));
      blocks.add(new Block.ItemList(next, false));
    }
    return new Chapter(
        Anchors.step(process.id(), step.id()),
        numbers.of(step.id()),
        step.title(),
        "",
        false,
        blocks,
        List.of());
  }

  private List<Fact> facts(Task task) {
    List<Fact> facts = new ArrayList<>();
    if (task.hasPerformer()) {
      facts.add(
          new Fact(ctx.t("step.who"), ctx.link(task.performer(), Anchors.role(task.performer()))));
    }
    String time = time(task);
    if (!time.isEmpty()) {
      facts.add(Fact.of(ctx.t("step.time"), time));
    }
    addList(facts, "step.systems", task.systems());
    addList(facts, "step.inputs", task.inputs());
    addList(facts, "step.outputs", task.outputs());
    addList(facts, "step.accountable", task.accountable());
    addList(facts, "step.consulted", task.consulted());
    addList(facts, "step.informed", task.informed());
    return facts;
  }

  private void addList(List<Fact> facts, String key, List<String> values) {
    if (!values.isEmpty()) {
      facts.add(Fact.of(ctx.t(key), String.join(", ", values)));
    }
  }

  /** "arbete 15 min, väntan 1 dag". */
  String time(Task task) {
    List<String> parts = new ArrayList<>();
    if (!task.workTime().isZero()) {
      parts.add(ctx.t("step.work", ctx.formats().exact(task.workTime())));
    }
    if (!task.waitTime().isZero()) {
      parts.add(ctx.t("step.wait", ctx.formats().exact(task.waitTime())));
    }
    return String.join(", ", parts);
  }

  /** "Budgetkontroll — BFL 5:6: Bokföringsposter ska registreras …". */
  private Rich control(ControlRef control) {
    Rich.Builder b = Rich.builder().strong(control.name());
    Organization org = ctx.workspace().organization();
    for (String citation : control.requirements()) {
      b.text(" — ").emphasis(citation);
      org.resolve(citation)
          .filter(c -> !c.requirement().text().isEmpty())
          .ifPresent(c -> b.text(": " + c.requirement().text()));
    }
    return b.build();
  }
}
