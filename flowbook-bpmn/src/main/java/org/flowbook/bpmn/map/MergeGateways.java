package org.flowbook.bpmn.map;

import org.flowbook.model.Decision;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.Step;

/**
 * Dissolves converging exclusive and inclusive gateways (one way out). In Flowbook a step with
 * several incoming flows already means "continue when any arrives", and a decision must have at
 * least two branches; so the gateway's incoming flows lead straight to its successor. The exporter
 * puts such a gateway back in front of every step with several incoming flows.
 */
final class MergeGateways {
  private MergeGateways() {}

  static void apply(ProcessDraft draft, Findings findings) {
    // candidates by counting once; dissolving one merge never unmakes another, so each is
    // checked again (cheaply, merges are few) right before it is dissolved
    java.util.Map<String, Integer> outs = new java.util.HashMap<>();
    java.util.Map<String, Integer> ins = new java.util.HashMap<>();
    for (DraftFlow f : draft.flows) {
      outs.merge(f.flow().from(), 1, Integer::sum);
      ins.merge(f.flow().to(), 1, Integer::sum);
    }
    for (Step s : java.util.List.copyOf(draft.steps.values())) {
      if (outs.getOrDefault(s.id(), 0) == 1
          && ins.getOrDefault(s.id(), 0) > 0
          && isMerge(draft, s)) {
        dissolve(draft, s, findings);
      }
    }
  }

  private static boolean isMerge(ProcessDraft draft, Step s) {
    if (!(s instanceof Decision d) || d.kind() == DecisionKind.EVENT_BASED) {
      return false;
    }
    var out = draft.outgoing(s.id());
    return out.size() == 1
        && !draft.incoming(s.id()).isEmpty()
        && !out.get(0).flow().to().equals(s.id())
        && !d.task().hasPerformer()
        && d.task().instructions().isEmpty()
        && d.task().notes().isEmpty();
  }

  private static void dissolve(ProcessDraft draft, Step gateway, Findings findings) {
    DraftFlow out = draft.outgoing(gateway.id()).get(0);
    var in = draft.incoming(gateway.id());
    for (DraftFlow f : in) {
      int at = draft.flows.indexOf(f);
      draft.flows.set(at, f.continuedBy(out));
    }
    draft.flows.remove(out);
    String what =
        "the converging gateway is implied in Flowbook: its "
            + in.size()
            + " incoming flow(s) now lead straight to "
            + out.flow().to();
    if (((Decision) gateway).kind() == DecisionKind.INCLUSIVE) {
      findings.warn(
          "inclusive-join",
          draft.nodes.get(gateway.id()),
          what + "; that it waits for every branch the inclusive split started is not kept",
          "say in the instructions of the next step that it waits for all started branches");
    } else {
      findings.note("merge-gateway", draft.nodes.get(gateway.id()), what);
    }
    draft.remove(gateway.id());
  }
}
