package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.mining.petri.Arc;
import org.flowbook.mining.petri.Marking;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.Transition;

/**
 * Removes silent transitions that only pass a token from one place to another (series fusion): a
 * silent t from p to q goes, p and q become one place, when p has no other way out than t, or q no
 * other way in than t. Firing t was always possible and changed nothing visible, so the net keeps
 * its language, stays safe and sound; the source and sink keep their roles. Fewer silent
 * transitions make alignments against the net cheaper (the tree translation adds two per loop).
 */
final class SilentReduction {
  private SilentReduction() {}

  static PetriNet apply(PetriNet net) {
    int places = net.places().size();
    List<int[]> arcs = new ArrayList<>(); // {place, transition, toTransition ? 1 : 0}
    for (Arc a : net.arcs()) {
      arcs.add(new int[] {a.place(), a.transition(), a.toTransition() ? 1 : 0});
    }
    boolean[] removedT = new boolean[net.transitions().size()];
    boolean[] removedP = new boolean[places];
    boolean[] fixed = new boolean[places];
    for (int p = 0; p < places; p++) {
      fixed[p] = net.initial().tokens(p) > 0 || net.fin().tokens(p) > 0;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int t = 0; t < removedT.length && !changed; t++) {
        if (removedT[t] || !net.transitions().get(t).isInvisible()) {
          continue;
        }
        List<Integer> in = ends(arcs, t, 1);
        List<Integer> out = ends(arcs, t, 0);
        if (in.size() != 1 || out.size() != 1) {
          continue;
        }
        int p = in.get(0);
        int q = out.get(0);
        if (p == q || fixed[p] || fixed[q]) {
          continue;
        }
        Set<Integer> consumersP = touching(arcs, p, 1);
        Set<Integer> producersQ = touching(arcs, q, 0);
        if (consumersP.size() == 1 && disjoint(touching(arcs, p, 0), producersQ)) {
          changed = merge(arcs, t, p, q); // p's producers now feed q
        } else if (producersQ.size() == 1 && disjoint(touching(arcs, q, 1), consumersP)) {
          changed = merge(arcs, t, q, p); // q's consumers now take from p
        }
        if (changed) {
          removedT[t] = true;
          removedP[consumersP.size() == 1 ? p : q] = true;
        }
      }
    }
    return rebuild(net, arcs, removedT, removedP);
  }

  /** Drops t's arcs and moves every arc of place {@code from} to place {@code into}. */
  private static boolean merge(List<int[]> arcs, int t, int from, int into) {
    arcs.removeIf(a -> a[1] == t);
    for (int[] a : arcs) {
      if (a[0] == from) {
        a[0] = into;
      }
    }
    return true;
  }

  private static List<Integer> ends(List<int[]> arcs, int t, int toTransition) {
    List<Integer> out = new ArrayList<>();
    for (int[] a : arcs) {
      if (a[1] == t && a[2] == toTransition) {
        out.add(a[0]);
      }
    }
    return out;
  }

  /** Transitions that take from (1) or put into (0) place p. */
  private static Set<Integer> touching(List<int[]> arcs, int p, int toTransition) {
    Set<Integer> out = new HashSet<>();
    for (int[] a : arcs) {
      if (a[0] == p && a[2] == toTransition) {
        out.add(a[1]);
      }
    }
    return out;
  }

  private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
    for (int x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  private static PetriNet rebuild(
      PetriNet net, List<int[]> arcs, boolean[] removedT, boolean[] removedP) {
    int[] placeIndex = new int[removedP.length];
    List<String> places = new ArrayList<>();
    for (int p = 0; p < removedP.length; p++) {
      placeIndex[p] = places.size();
      if (!removedP[p]) {
        places.add(net.places().get(p));
      }
    }
    int[] transitionIndex = new int[removedT.length];
    List<Transition> transitions = new ArrayList<>();
    for (int t = 0; t < removedT.length; t++) {
      transitionIndex[t] = transitions.size();
      if (!removedT[t]) {
        transitions.add(net.transitions().get(t));
      }
    }
    List<Arc> out = new ArrayList<>();
    for (int[] a : arcs) {
      out.add(new Arc(placeIndex[a[0]], transitionIndex[a[1]], a[2] == 1, 1));
    }
    int[] initial = new int[places.size()];
    int[] fin = new int[places.size()];
    for (int p = 0; p < removedP.length; p++) {
      if (!removedP[p]) {
        initial[placeIndex[p]] = net.initial().tokens(p);
        fin[placeIndex[p]] = net.fin().tokens(p);
      }
    }
    return new PetriNet(
        net.name(), places, transitions, out, Marking.ofTokens(initial), Marking.ofTokens(fin));
  }
}
