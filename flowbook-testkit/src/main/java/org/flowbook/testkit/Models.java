package org.flowbook.testkit;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Message;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/** Comparisons of models that ignore where things were written. */
public final class Models {
  private Models() {}

  private static Step relocated(Step s, SourceLocation u) {
    if (s instanceof Activity a) {
      return new Activity(a.id(), a.title(), a.task(), a.type(), u);
    }
    if (s instanceof Decision d) {
      return new Decision(d.id(), d.title(), d.question(), d.task(), d.kind(), u);
    }
    if (s instanceof Parallel x) {
      return new Parallel(x.id(), x.title(), u);
    }
    if (s instanceof Call c) {
      return new Call(c.id(), c.title(), c.processId(), c.task(), u);
    }
    if (s instanceof Start x) {
      return new Start(x.id(), x.title(), x.trigger(), u);
    }
    if (s instanceof End x) {
      return new End(x.id(), x.title(), x.trigger(), u);
    }
    Event e = (Event) s;
    return new Event(
        e.id(), e.title(), e.trigger(), e.throwing(), e.attachedTo(), e.interrupting(), u);
  }

  /** The same process with every source location set to unknown, for equality checks. */
  public static Process withoutLocations(Process p) {
    List<Step> steps = new ArrayList<>();
    SourceLocation u = SourceLocation.UNKNOWN;
    for (Step s : p.steps()) {
      steps.add(relocated(s, u));
    }
    List<Flow> flows = new ArrayList<>();
    for (Flow f : p.flows()) {
      flows.add(new Flow(f.from(), f.to(), f.label(), f.probability(), f.isDefault(), u));
    }
    return p.withFlow(steps, flows)
        .withLocation(u)
        .withMessages(
            p.messages().stream()
                .map(m -> new Message(m.name(), m.step(), m.direction(), m.partner(), u))
                .toList());
  }
}
