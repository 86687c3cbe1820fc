package org.flowbook.bpmn.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Parallel;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/**
 * Gives the steps of a draft the ids a {@code .flow} file uses: starts {@code start}, {@code
 * start-2}; ends {@code end} or {@code end-} and the slug of their name; every other step a number
 * in flow order. Flow order is a depth-first walk from the starts that follows each step's first
 * outgoing flow before the others, so the main path gets consecutive numbers and reads top to
 * bottom; boundary events come after the paths of the activity they sit on. Steps no walk reaches
 * follow in file order.
 */
final class Renumbering {
  private Renumbering() {}

  /** The new id of every BPMN id, in flow order. */
  static Map<String, String> ids(ProcessDraft draft) {
    List<String> order = flowOrder(draft);
    Map<String, String> ids = new LinkedHashMap<>();
    int number = 0;
    int starts = 0;
    java.util.Set<String> endIds = new java.util.HashSet<>();
    for (String bpmnId : order) {
      Step s = draft.steps.get(bpmnId);
      String id;
      if (s instanceof Start) {
        id = ++starts == 1 ? "start" : "start-" + starts;
      } else if (s instanceof End e) {
        // as the notation names them: "end", or "end-" and the outcome's name
        String base = e.title().isEmpty() ? "end" : "end-" + Ids.slug(e.title());
        id = base.equals("end-") ? "end" : base;
        for (int n = 2; !endIds.add(id); n++) {
          id = base + "-" + n;
        }
      } else {
        id = String.valueOf(++number);
      }
      ids.put(bpmnId, id);
    }
    return ids;
  }

  private static List<String> flowOrder(ProcessDraft draft) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    List<String> roots = new ArrayList<>();
    Map<String, List<DraftFlow>> outgoing = draft.outgoingIndex();
    Map<String, List<String>> boundaries = new java.util.HashMap<>();
    for (Step s : draft.steps.values()) {
      if (s instanceof Event e && e.isBoundary()) {
        boundaries.computeIfAbsent(e.attachedTo(), k -> new ArrayList<>()).add(s.id());
      }
    }
    draft.steps.values().stream().filter(Start.class::isInstance).forEach(s -> roots.add(s.id()));
    draft.steps.keySet().forEach(roots::add);
    for (String root : roots) {
      todo.push(root);
      while (!todo.isEmpty()) {
        String id = todo.pop();
        if (!draft.steps.containsKey(id) || !seen.add(id)) {
          continue;
        }
        List<String> next = new ArrayList<>();
        outgoing.getOrDefault(id, List.of()).forEach(f -> next.add(f.flow().to()));
        next.addAll(boundaries.getOrDefault(id, List.of()));
        for (int i = next.size() - 1; i >= 0; i--) {
          todo.push(next.get(i));
        }
      }
    }
    return List.copyOf(seen);
  }

  /** The draft's steps with their new ids, in flow order. */
  static List<Step> steps(ProcessDraft draft, Map<String, String> ids) {
    List<Step> out = new ArrayList<>();
    ids.forEach((bpmnId, id) -> out.add(rename(draft.steps.get(bpmnId), id, ids)));
    return out;
  }

  /** The draft's flows between the new ids, grouped by source in flow order. */
  static List<DraftFlow> flows(ProcessDraft draft, Map<String, String> ids) {
    List<DraftFlow> out = new ArrayList<>();
    Map<String, List<DraftFlow>> outgoing = draft.outgoingIndex();
    for (String bpmnId : ids.keySet()) {
      for (DraftFlow d : outgoing.getOrDefault(bpmnId, List.of())) {
        Flow f = d.flow();
        out.add(
            new DraftFlow(
                d.segments(),
                new Flow(
                    ids.get(f.from()),
                    ids.get(f.to()),
                    f.label(),
                    f.probability(),
                    f.isDefault(),
                    f.at())));
      }
    }
    return out;
  }

  private static Step rename(Step s, String id, Map<String, String> ids) {
    if (s instanceof Activity a) {
      return new Activity(id, a.title(), a.task(), a.type(), a.at());
    } else if (s instanceof Decision d) {
      return new Decision(id, d.title(), d.question(), d.task(), d.kind(), d.at());
    } else if (s instanceof Parallel p) {
      return new Parallel(id, p.title(), p.at());
    } else if (s instanceof Call c) {
      return new Call(id, c.title(), c.processId(), c.task(), c.at());
    } else if (s instanceof Start st) {
      return new Start(id, st.title(), st.trigger(), st.at());
    } else if (s instanceof End e) {
      return new End(id, e.title(), e.trigger(), e.at());
    } else if (s instanceof Event e) {
      String host =
          e.attachedTo().isEmpty() ? "" : ids.getOrDefault(e.attachedTo(), e.attachedTo());
      return new Event(id, e.title(), e.trigger(), e.throwing(), host, e.interrupting(), e.at());
    }
    throw new IllegalStateException("unknown step kind " + s);
  }
}
