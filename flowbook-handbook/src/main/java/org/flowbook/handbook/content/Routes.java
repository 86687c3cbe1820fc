package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.handbook.narrative.StepNumbers;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Step;

/**
 * Where a step leads, as list items under "Next": "Om över 50 000 kr (20 %): steg 3, Godkänn stort
 * inköp". Steps that simply go on to the following step in the file say nothing.
 */
final class Routes {
  private static final int MAX_HOPS = 8;

  private final Context ctx;
  private final Process process;
  private final ProcessIndex index;
  private final StepNumbers numbers;

  Routes(Context ctx, Process process) {
    this.ctx = ctx;
    this.process = process;
    this.index = ProcessIndex.of(process);
    this.numbers = StepNumbers.of(process);
  }

  List<Rich> onward(Step step) {
    List<Flow> out = new ArrayList<>(index.outgoing(step.id()));
    for (Event boundary : index.boundaryEvents(step.id())) {
      for (Flow f : index.outgoing(boundary.id())) {
        String label =
            boundary.title().isEmpty() ? boundary.trigger().word(ctx.language()) : boundary.title();
        out.add(new Flow(f.from(), f.to(), label, f.probability(), false, f.at()));
      }
    }
    if (out.size() == 1 && out.get(0).label().isEmpty() && isNextInFile(step, out.get(0).to())) {
      return List.of();
    }
    List<Rich> items = new ArrayList<>();
    for (Flow f : out) {
      Rich.Builder b = Rich.builder();
      if (!f.label().isEmpty() || f.probability() != null) {
        String label = f.label().isEmpty() ? "" : f.label();
        if (f.probability() != null) {
          String share = ctx.formats().percentNoBreak(f.probability(), 1);
          label = label.isEmpty() ? share : label + " (" + share + ")";
        }
        b.emphasis(label + ": ");
      }
      target(b, f.to(), 0);
      items.add(b.build());
    }
    return items;
  }

  private boolean isNextInFile(Step step, String targetId) {
    List<Step> work = process.workSteps();
    int i = work.indexOf(step);
    return i >= 0 && i + 1 < work.size() && work.get(i + 1).id().equals(targetId);
  }

  private void target(Rich.Builder b, String id, int hops) {
    Step target = index.step(id).orElse(null);
    if (target == null) {
      b.text(id);
    } else if (numbers.isWork(id)) {
      String ref = ctx.t("narr.stepRef", numbers.of(id)) + ", " + target.title();
      ctx.link(b, ref, Anchors.step(process.id(), id));
    } else if (target instanceof End end) {
      b.text(
          end.title().isEmpty()
              ? ctx.t("narr.endSentencePlain")
              : ctx.t("narr.endSentence", end.title()));
    } else if (hops < MAX_HOPS
        && (target instanceof Parallel || target instanceof Event || target instanceof Decision)) {
      List<Flow> out = index.outgoing(id);
      if (!target.title().isEmpty()) {
        b.text(target.title() + " → ");
      }
      for (int i = 0; i < out.size(); i++) {
        if (i > 0) {
          b.text(" + ");
        }
        target(b, out.get(i).to(), hops + 1);
      }
    } else {
      b.text(target.title().isEmpty() ? id : target.title());
    }
  }
}
