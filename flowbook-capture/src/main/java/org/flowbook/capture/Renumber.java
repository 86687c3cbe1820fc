package org.flowbook.capture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/**
 * Numbers the steps 1, 2, 3 … again after {@link DecisionMerge} joined some: a manual's readers
 * look for step 4 after step 3. Only numbered steps change; start and end keep their ids.
 */
final class Renumber {
  private Renumber() {}

  static Process apply(Process p) {
    Map<String, String> ids = new HashMap<>();
    int n = 0;
    for (Step s : p.steps()) {
      if (s.id().matches("\\d+")) {
        ids.put(s.id(), String.valueOf(++n));
      }
    }
    if (ids.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
      return p;
    }
    List<Step> steps = p.steps().stream().map(s -> renamed(s, ids)).toList();
    List<Flow> flows =
        p.flows().stream()
            .map(
                f ->
                    new Flow(
                        ids.getOrDefault(f.from(), f.from()),
                        ids.getOrDefault(f.to(), f.to()),
                        f.label(),
                        f.probability(),
                        f.isDefault(),
                        f.at()))
            .toList();
    return p.withFlow(steps, flows);
  }

  private static Step renamed(Step s, Map<String, String> ids) {
    String id = ids.getOrDefault(s.id(), s.id());
    if (s instanceof Activity a) {
      return new Activity(id, a.title(), a.task(), a.type(), a.at());
    } else if (s instanceof Decision d) {
      return new Decision(id, d.title(), d.question(), d.task(), d.kind(), d.at());
    } else if (s instanceof Parallel x) {
      return new Parallel(id, x.title(), x.at());
    } else if (s instanceof Call c) {
      return new Call(id, c.title(), c.processId(), c.task(), c.at());
    } else if (s instanceof Start x) {
      return new Start(id, x.title(), x.trigger(), x.at());
    } else if (s instanceof End x) {
      return new End(id, x.title(), x.trigger(), x.at());
    }
    Event e = (Event) s;
    return new Event(
        id,
        e.title(),
        e.trigger(),
        e.throwing(),
        ids.getOrDefault(e.attachedTo(), e.attachedTo()),
        e.interrupting(),
        e.at());
  }
}
