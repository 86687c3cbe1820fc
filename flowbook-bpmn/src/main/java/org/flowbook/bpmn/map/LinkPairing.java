package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;

/**
 * Connects link events: a throwing link ("go to A") continues at the catching link of the same name
 * in the same scope. The importer adds that hidden jump as a flow, so the model's flow is complete;
 * the exporter leaves it out again.
 */
final class LinkPairing {
  private LinkPairing() {}

  static void apply(ProcessDraft draft, Findings findings) {
    Map<String, List<String>> catches = new LinkedHashMap<>();
    List<String> throwsIds = new ArrayList<>();
    draft.steps.forEach(
        (id, step) -> {
          if (step instanceof Event e && e.trigger() == EventTrigger.LINK && !e.isBoundary()) {
            if (e.throwing()) {
              throwsIds.add(id);
            } else {
              catches
                  .computeIfAbsent(Triggers.linkName(draft.nodes.get(id)), k -> new ArrayList<>())
                  .add(id);
            }
          }
        });
    catches.forEach(
        (name, ids) -> {
          if (ids.size() > 1) {
            findings.error(
                "link-ambiguous",
                draft.nodes.get(ids.get(1)),
                ids.size()
                    + " catching link events are named '"
                    + name
                    + "' "
                    + ids
                    + "; a jump to that name cannot know where to continue",
                "give each catching link event its own name");
          }
        });
    List<String> unmatched = new ArrayList<>();
    for (String id : throwsIds) {
      List<String> targets =
          catches.getOrDefault(Triggers.linkName(draft.nodes.get(id)), List.of());
      if (targets.size() == 1) {
        draft.flows.add(new DraftFlow("", Flow.of(id, targets.get(0))));
      } else if (targets.isEmpty()) {
        unmatched.add(id);
      }
    }
    List<String> freeCatches = new ArrayList<>();
    catches.forEach(
        (name, ids) -> {
          boolean thrown =
              throwsIds.stream().anyMatch(t -> Triggers.linkName(draft.nodes.get(t)).equals(name));
          if (!thrown && ids.size() == 1) {
            freeCatches.add(ids.get(0));
          }
        });
    if (unmatched.size() == 1 && freeCatches.size() == 1) {
      // one jump and one landing whose names differ only by a tool's sloppiness: pair them
      findings.warn(
          "link-guessed",
          draft.nodes.get(unmatched.get(0)),
          "no catching link event has its name; it is paired with the only unpaired one, "
              + freeCatches.get(0),
          "give both link events the same name");
      draft.flows.add(new DraftFlow("", Flow.of(unmatched.get(0), freeCatches.get(0))));
      return;
    }
    for (String id : unmatched) {
      findings.error(
          "link-unmatched",
          draft.nodes.get(id),
          "no catching link event named '"
              + Triggers.linkName(draft.nodes.get(id))
              + "' in the same process continues this jump",
          "add a catching link event with the same name, or connect the flow directly");
    }
  }
}
