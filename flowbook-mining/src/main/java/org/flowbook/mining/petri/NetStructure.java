package org.flowbook.mining.petri;

import java.util.List;

/**
 * The pre- and post-sets of every transition as flat arrays: the working form the replay and
 * alignment algorithms fire transitions on.
 */
public final class NetStructure {
  final int places;
  final int transitions;

  /** Per transition: places consumed from and how many tokens each. */
  final int[][] prePlace;

  final int[][] preWeight;
  final int[][] postPlace;
  final int[][] postWeight;

  public NetStructure(PetriNet net) {
    places = net.places().size();
    transitions = net.transitions().size();
    prePlace = new int[transitions][];
    preWeight = new int[transitions][];
    postPlace = new int[transitions][];
    postWeight = new int[transitions][];
    for (int t = 0; t < transitions; t++) {
      fill(net.arcs(), t, true);
      fill(net.arcs(), t, false);
    }
  }

  private void fill(List<Arc> arcs, int t, boolean in) {
    int[] acc = new int[places];
    for (Arc a : arcs) {
      if (a.transition() == t && a.toTransition() == in) {
        acc[a.place()] += a.weight();
      }
    }
    int n = 0;
    for (int w : acc) {
      n += w > 0 ? 1 : 0;
    }
    int[] ps = new int[n];
    int[] ws = new int[n];
    int k = 0;
    for (int p = 0; p < places; p++) {
      if (acc[p] > 0) {
        ps[k] = p;
        ws[k++] = acc[p];
      }
    }
    if (in) {
      prePlace[t] = ps;
      preWeight[t] = ws;
    } else {
      postPlace[t] = ps;
      postWeight[t] = ws;
    }
  }

  public int places() {
    return places;
  }

  public int transitions() {
    return transitions;
  }

  public int[] prePlaces(int t) {
    return prePlace[t];
  }

  public int[] preWeights(int t) {
    return preWeight[t];
  }

  public int[] postPlaces(int t) {
    return postPlace[t];
  }

  public int[] postWeights(int t) {
    return postWeight[t];
  }

  /** Whether {@code t} can fire in the marking {@code m}. */
  public boolean enabled(int t, int[] m) {
    int[] ps = prePlace[t];
    int[] ws = preWeight[t];
    for (int i = 0; i < ps.length; i++) {
      if (m[ps[i]] < ws[i]) {
        return false;
      }
    }
    return true;
  }

  /** Fires {@code t} on {@code m} in place (callers check it is enabled). */
  public void fire(int t, int[] m) {
    int[] ps = prePlace[t];
    int[] ws = preWeight[t];
    for (int i = 0; i < ps.length; i++) {
      m[ps[i]] -= ws[i];
    }
    ps = postPlace[t];
    ws = postWeight[t];
    for (int i = 0; i < ps.length; i++) {
      m[ps[i]] += ws[i];
    }
  }
}
