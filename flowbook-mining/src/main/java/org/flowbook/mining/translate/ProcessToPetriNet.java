package org.flowbook.mining.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.petri.Arc;
import org.flowbook.mining.petri.Marking;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.Transition;
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
 * Translates a documented process into a workflow net for conformance checking.
 *
 * <ul>
 *   <li>Activities, calls and decisions that are work become a transition labelled with the step
 *       title — the name the log's activity has to match.
 *   <li>A decision (of any kind — inclusive and event-based ones are read as exclusive) becomes a
 *       choice between invisible transitions, one per outgoing flow; any other step with several
 *       outgoing flows is read as a choice too.
 *   <li>A parallel gateway becomes one invisible transition: it puts a token on every outgoing
 *       flow, and when it has several incoming flows it waits for a token on each.
 *   <li>Start, end and intermediate events are invisible: logs rarely record them. A boundary event
 *       is an invisible alternative to the activity it is attached to.
 *   <li>All starts share the source place and all ends (and dead ends) the sink place.
 * </ul>
 */
public final class ProcessToPetriNet {
  private final Process process;
  private final List<String> places = new ArrayList<>();
  private final List<Transition> transitions = new ArrayList<>();
  private final List<String> stepOf = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final List<Arc> arcs = new ArrayList<>();
  private final Map<String, Integer> entry = new HashMap<>();
  private final Map<Flow, Integer> joinPlace = new HashMap<>();
  private int source;
  private int sink;

  private ProcessToPetriNet(Process process) {
    this.process = process;
  }

  public static StepNet convert(Process process) {
    return new ProcessToPetriNet(process).build();
  }

  private StepNet build() {
    source = place("source");
    sink = place("sink");
    for (Step s : process.steps()) {
      if (isJoin(s)) {
        for (Flow f : process.incoming(s.id())) {
          joinPlace.put(f, place("join " + s.id() + " from " + f.from()));
        }
      } else if (!(s instanceof Start)) {
        entry.put(s.id(), place("before " + s.id()));
      }
    }
    for (Step s : process.steps()) {
      translate(s);
    }
    int n = places.size();
    PetriNet net =
        new PetriNet(
            process.id(), places, transitions, arcs, Marking.of(n, source), Marking.of(n, sink));
    return new StepNet(net, stepOf, titles);
  }

  private void translate(Step s) {
    List<Flow> out = process.outgoing(s.id());
    int[] in = inputs(s);
    if (s instanceof End) {
      transition(s, false, in, new int[] {sink});
      return;
    }
    if (s instanceof Event e && e.isBoundary()) {
      Integer host = entry.get(e.attachedTo());
      if (host != null) {
        transition(s, false, new int[] {host}, new int[] {entry.get(s.id())});
      }
    }
    if (s instanceof Parallel) {
      int[] targets = out.stream().mapToInt(this::landing).toArray();
      transition(s, false, in, targets.length == 0 ? new int[] {sink} : targets);
      return;
    }
    boolean visible =
        s instanceof Activity || s instanceof Call || (s instanceof Decision && s.isWork());
    if (out.size() <= 1) {
      int target = out.isEmpty() ? sink : landing(out.get(0));
      transition(s, visible, in, new int[] {target});
      return;
    }
    int[] branchFrom = in;
    if (visible) {
      int done = place("after " + s.id());
      transition(s, true, in, new int[] {done});
      branchFrom = new int[] {done};
    }
    for (Flow f : out) {
      transition(s, false, branchFrom, new int[] {landing(f)});
    }
  }

  /** The places a step consumes from: one per incoming flow for a join, else its entry place. */
  private int[] inputs(Step s) {
    if (s instanceof Start) {
      return new int[] {source};
    }
    if (isJoin(s)) {
      return process.incoming(s.id()).stream().mapToInt(joinPlace::get).toArray();
    }
    return new int[] {entry.get(s.id())};
  }

  /** Where a token travelling along {@code f} lands. */
  private int landing(Flow f) {
    Integer join = joinPlace.get(f);
    if (join != null) {
      return join;
    }
    Integer e = entry.get(f.to());
    if (e == null) {
      // a flow back into a start event or to an unknown step: treat as the end of the case
      return sink;
    }
    return e;
  }

  private boolean isJoin(Step s) {
    return s instanceof Parallel && process.incoming(s.id()).size() > 1;
  }

  private int place(String name) {
    places.add("p" + places.size() + " " + name);
    return places.size() - 1;
  }

  private int transition(Step s, boolean visible, int[] in, int[] out) {
    int t = transitions.size();
    String id = "t" + t + " " + s.id();
    transitions.add(visible ? new Transition(id, s.title()) : Transition.invisible(id));
    stepOf.add(visible ? s.id() : "");
    titles.add(visible ? s.title() : "");
    for (int p : in) {
      arcs.add(new Arc(p, t, true, 1));
    }
    for (int p : out) {
      arcs.add(new Arc(p, t, false, 1));
    }
    return t;
  }
}
