package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.mining.petri.Arc;
import org.flowbook.mining.petri.Marking;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.Transition;

/**
 * Translates a process tree into a sound workflow net: one source and one sink place; choices share
 * their entry and exit place; parallel parts get an invisible split and join; a loop enters and
 * leaves through invisible transitions so that its body can be redone. Invisible transitions that
 * only pass a token on are then removed ({@link SilentReduction}).
 */
public final class TreeToPetriNet {
  private final List<String> places = new ArrayList<>();
  private final List<Transition> transitions = new ArrayList<>();
  private final List<Arc> arcs = new ArrayList<>();

  private TreeToPetriNet() {}

  public static PetriNet convert(ProcessTree tree) {
    TreeToPetriNet c = new TreeToPetriNet();
    int source = c.place();
    int sink = c.place();
    c.add(tree, source, sink);
    int n = c.places.size();
    return SilentReduction.apply(
        new PetriNet(
            "discovered",
            c.places,
            c.transitions,
            c.arcs,
            Marking.of(n, source),
            Marking.of(n, sink)));
  }

  private void add(ProcessTree t, int in, int out) {
    if (t instanceof ProcessTree.Leaf l) {
      transition(l.activity(), in, out);
    } else if (t instanceof ProcessTree.Silent) {
      transition("", in, out);
    } else if (t instanceof ProcessTree.Sequence s) {
      int from = in;
      List<ProcessTree> cs = s.children();
      for (int i = 0; i < cs.size(); i++) {
        int to = i == cs.size() - 1 ? out : place();
        add(cs.get(i), from, to);
        from = to;
      }
    } else if (t instanceof ProcessTree.Choice c) {
      for (ProcessTree child : c.children()) {
        add(child, in, out);
      }
    } else if (t instanceof ProcessTree.Parallel p) {
      int split = transitions.size();
      transitions.add(Transition.invisible("t" + split));
      arcs.add(new Arc(in, split, true, 1));
      int join = transitions.size();
      transitions.add(Transition.invisible("t" + join));
      arcs.add(new Arc(out, join, false, 1));
      for (ProcessTree child : p.children()) {
        int a = place();
        int b = place();
        arcs.add(new Arc(a, split, false, 1));
        arcs.add(new Arc(b, join, true, 1));
        add(child, a, b);
      }
    } else if (t instanceof ProcessTree.Loop l) {
      int start = place();
      int end = place();
      transition("", in, start);
      add(l.body(), start, end);
      add(l.redo(), end, start);
      transition("", end, out);
    }
  }

  private int place() {
    places.add("p" + places.size());
    return places.size() - 1;
  }

  private void transition(String label, int in, int out) {
    int t = transitions.size();
    transitions.add(new Transition("t" + t, label));
    arcs.add(new Arc(in, t, true, 1));
    arcs.add(new Arc(out, t, false, 1));
  }
}
