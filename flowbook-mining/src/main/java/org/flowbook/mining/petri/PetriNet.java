package org.flowbook.mining.petri;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable accepting Petri net: places, transitions (labelled or invisible), weighted arcs, and
 * the initial and final marking a complete case goes from and to. Conformance checking replays logs
 * on it; the PNML reader and the model translation produce it.
 *
 * @param places place ids (names of places carry no meaning for conformance)
 */
public record PetriNet(
    String name,
    List<String> places,
    List<Transition> transitions,
    List<Arc> arcs,
    Marking initial,
    Marking fin) {

  public PetriNet {
    name = name == null ? "" : name;
    places = List.copyOf(places);
    transitions = List.copyOf(transitions);
    arcs = List.copyOf(arcs);
    Objects.requireNonNull(initial, "initial marking");
    Objects.requireNonNull(fin, "final marking");
    if (initial.places() != places.size() || fin.places() != places.size()) {
      throw new IllegalArgumentException(
          "markings must cover the net's " + places.size() + " places");
    }
    Set<String> ids = new HashSet<>(places);
    if (ids.size() != places.size()) {
      throw new IllegalArgumentException("place ids must be unique");
    }
    for (Transition t : transitions) {
      if (!ids.add(t.id())) {
        throw new IllegalArgumentException("id used twice in net " + name + ": " + t.id());
      }
    }
    for (Arc a : arcs) {
      if (a.place() >= places.size() || a.transition() >= transitions.size()) {
        throw new IllegalArgumentException("arc refers to a node outside the net: " + a);
      }
    }
  }

  /** The distinct labels of visible transitions, in transition order. */
  public List<String> labels() {
    List<String> out = new ArrayList<>();
    for (Transition t : transitions) {
      if (!t.isInvisible() && !out.contains(t.label())) {
        out.add(t.label());
      }
    }
    return List.copyOf(out);
  }

  public long invisibleCount() {
    return transitions.stream().filter(Transition::isInvisible).count();
  }

  /** Index of the place with this id, or -1. */
  public int placeIndex(String id) {
    return places.indexOf(id);
  }

  /** The transitions carrying each visible label. */
  public Map<String, List<Integer>> transitionsByLabel() {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int i = 0; i < transitions.size(); i++) {
      Transition t = transitions.get(i);
      if (!t.isInvisible()) {
        out.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(i);
      }
    }
    return out;
  }
}
