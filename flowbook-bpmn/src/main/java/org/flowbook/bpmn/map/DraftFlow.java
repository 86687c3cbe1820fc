package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Flow;

/**
 * A sequence flow under import, still between BPMN ids.
 *
 * @param segments the ids of the BPMN sequence flows it stands for, in order: one normally, more
 *     when a converging gateway between them was dissolved, none for a flow the importer added (a
 *     link event pair)
 */
record DraftFlow(List<String> segments, Flow flow) {
  DraftFlow {
    segments = List.copyOf(segments);
  }

  DraftFlow(String bpmnId, Flow flow) {
    this(bpmnId.isEmpty() ? List.of() : List.of(bpmnId), flow);
  }

  /** This flow continued by {@code next}: from this one's source to the next one's target. */
  DraftFlow continuedBy(DraftFlow next) {
    List<String> all = new ArrayList<>(segments);
    all.addAll(next.segments);
    Flow f = flow;
    return new DraftFlow(
        all, new Flow(f.from(), next.flow.to(), f.label(), f.probability(), f.isDefault(), f.at()));
  }
}
