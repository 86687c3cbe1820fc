package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.handbook.content.Block.Fact;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/** The manual of one process. */
final class ProcessManual {
  private ProcessManual() {}

  /** The anchors of a process's steps, which links may point to. */
  static Set<String> stepAnchors(Process p) {
    Set<String> out = new HashSet<>();
    for (Step s : p.workSteps()) {
      out.add(Anchors.step(p.id(), s.id()));
    }
    return out;
  }

  static Manual build(Context ctx, Process p) {
    List<Fact> facts = new ArrayList<>(Covers.processFacts(ctx, p));
    if (!ctx.workspace().organization().name().isEmpty()) {
      facts.add(Covers.organization(ctx));
    }
    facts.add(Covers.generated(ctx));
    Cover cover = new Cover(ctx.t("kind.process"), p.title(), p.purpose(), facts);
    List<Chapter> chapters = new ProcessSections(ctx, p).build();
    return new Manual(ctx.language(), p.title(), Covers.running(ctx, p), cover, 2, chapters);
  }
}
