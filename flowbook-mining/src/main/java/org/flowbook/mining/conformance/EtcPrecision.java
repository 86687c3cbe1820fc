package org.flowbook.mining.conformance;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.NetStructure;
import org.flowbook.mining.petri.PetriNet;

/**
 * ETC precision (Muñoz-Gama and Carmona, "A fresh look at precision in process conformance", 2010)
 * as PM4Py's {@code precision_token_based_replay} computes it: how much of what the model allows
 * after each prefix of the log was actually done there.
 *
 * <p>For every distinct prefix of a case (one event up to all but the last), the prefix is replayed
 * with token replay (silent paths walked, stopping at the first missing token); for a prefix that
 * replays, the <em>allowed</em> activities are the visible transitions enabled in the reached
 * marking or after silent firings from it, and the <em>escaping</em> ones are those no case did
 * next after that prefix. Both are weighted by how many cases go on after the prefix. The empty
 * prefix counts once per case, against the activities cases start with. Precision = 1 − Σ escaping
 * / Σ allowed (1 when the model allows nothing). Prefixes that do not replay are left out, as in
 * PM4Py, so precision says how precise the model is where it fits.
 *
 * <p>Where this differs from PM4Py: prefixes are walked as a tree (each prefix extends its parent's
 * marking) instead of being replayed from scratch, which gives the same markings because replay
 * never looks ahead; PM4Py keys prefixes by the activity names joined with commas, so two different
 * prefixes whose names contain commas can merge there and not here.
 */
public final class EtcPrecision {
  /**
   * Markings explored through silent transitions from one marking before giving up on more; a net
   * with much silent concurrency (BPI 2020 International Declarations' IMf net) passes it, and the
   * activities PM4Py's shorter search finds are then added, so the count never falls below PM4Py's.
   */
  static final int MAX_SILENT_MARKINGS = 5_000;

  private final TokenReplay replay;
  private final ActivityMatcher matcher;
  private final NetStructure structure;
  private final int[] labelOf;
  private final boolean[] invisible;
  private final Map<Key, BitSet> enabledCache = new HashMap<>();

  private final boolean pm4pyClosure;
  private final Integer[] byId;

  private EtcPrecision(PetriNet net, ActivityMatcher matcher, boolean pm4pyClosure) {
    this.pm4pyClosure = pm4pyClosure;
    this.replay = new TokenReplay(net, matcher);
    byId = new Integer[net.transitions().size()];
    for (int t = 0; t < byId.length; t++) {
      byId[t] = t;
    }
    Arrays.sort(byId, java.util.Comparator.comparing(t -> net.transitions().get(t).id()));
    this.structure = replay.structure();
    List<String> labels = replay.labels();
    labelOf = new int[net.transitions().size()];
    invisible = new boolean[labelOf.length];
    for (int t = 0; t < labelOf.length; t++) {
      invisible[t] = net.transitions().get(t).isInvisible();
      labelOf[t] = invisible[t] ? -1 : labels.indexOf(net.transitions().get(t).label());
    }
    this.matcher = matcher;
  }

  /**
   * The result.
   *
   * @param precision 1 − escaping / allowed, within 0..1
   * @param escaping Σ over replayed prefixes (and the empty one) of allowed activities no case did
   *     next, times the cases going on after the prefix
   * @param allowed Σ of the allowed activities, weighted the same way
   * @param unfitPrefixes distinct prefixes left out because they do not replay
   */
  public record Result(double precision, long escaping, long allowed, long unfitPrefixes) {}

  /** Precision of {@code net} on {@code log}, activities matched to labels by name. */
  public static Result of(PetriNet net, TraceVariants log) {
    return of(net, log, ActivityMatcher.byName());
  }

  public static Result of(PetriNet net, TraceVariants log, ActivityMatcher matcher) {
    return new EtcPrecision(net, matcher, false).measure(log);
  }

  /**
   * Precision exactly as PM4Py 2.7.14 computes it, including its shortcut when it looks for the
   * activities enabled after silent transitions: it remembers one marking per transition, so a
   * transition reached again from a second marking is only tried from the later one, and some
   * activities the model allows are not counted (PM4Py then reports a higher precision). Kept to
   * compare with PM4Py; {@link #of} counts every activity the model allows.
   */
  public static Result asPm4py(PetriNet net, TraceVariants log) {
    return new EtcPrecision(net, ActivityMatcher.byName(), true).measure(log);
  }

  private Result measure(TraceVariants log) {
    int[] toLabel = matcher.indexes(log.activities(), replay.labels());
    Node root = new Node();
    BitSet startLabels = new BitSet();
    for (int i = 0; i < log.traces().size(); i++) {
      int[] trace = log.traces().get(i);
      long n = log.counts()[i];
      root.reach += n;
      Node node = root;
      for (int a : trace) {
        node = node.child(a);
        node.reach += n;
      }
      if (trace.length > 0 && toLabel[trace[0]] >= 0) {
        startLabels.set(toLabel[trace[0]]);
      }
    }
    long escaping = 0;
    long allowed = 0;
    long unfit = 0;
    int[] initial = replay.net().initial().toArray();
    BitSet atStart = eventuallyEnabled(initial);
    allowed += root.reach * atStart.cardinality();
    BitSet escapingAtStart = (BitSet) atStart.clone();
    escapingAtStart.andNot(startLabels);
    escaping += root.reach * escapingAtStart.cardinality();

    ArrayDeque<Visit> stack = new ArrayDeque<>();
    pushChildren(stack, root, initial);
    while (!stack.isEmpty()) {
      Visit v = stack.pop();
      int[] marking = v.marking().clone();
      int label = toLabel[v.activity()];
      if (label >= 0 && !replay.fireFitting(label, marking)) {
        unfit += v.node().countPrefixes();
        continue;
      }
      long goingOn = v.node().goingOn();
      if (goingOn > 0) {
        BitSet enabled = eventuallyEnabled(marking);
        BitSet next = new BitSet();
        for (int a : v.node().children.keySet()) {
          if (toLabel[a] >= 0) {
            next.set(toLabel[a]);
          }
        }
        allowed += goingOn * enabled.cardinality();
        enabled.andNot(next);
        escaping += goingOn * enabled.cardinality();
        pushChildren(stack, v.node(), marking);
      }
    }
    double precision = allowed > 0 ? 1.0 - (double) escaping / allowed : 1.0;
    return new Result(precision, escaping, allowed, unfit);
  }

  private static void pushChildren(ArrayDeque<Visit> stack, Node node, int[] marking) {
    for (Map.Entry<Integer, Node> e : node.children.entrySet()) {
      stack.push(new Visit(e.getKey(), e.getValue(), marking));
    }
  }

  /** The labels the model allows next at {@code marking}, cached per marking. */
  private BitSet eventuallyEnabled(int[] marking) {
    Key key = new Key(marking.clone());
    BitSet labels =
        enabledCache.computeIfAbsent(
            key, k -> pm4pyClosure ? pm4pyEventuallyEnabled(k.marking()) : silentClosure(k));
    return (BitSet) labels.clone();
  }

  /**
   * The labels of the visible transitions enabled in the marking or in any marking reached from it
   * by invisible transitions alone (at most {@link #MAX_SILENT_MARKINGS} markings).
   */
  private BitSet silentClosure(Key start) {
    BitSet labels = new BitSet();
    java.util.Set<Key> seen = new java.util.HashSet<>();
    ArrayDeque<int[]> todo = new ArrayDeque<>();
    seen.add(start);
    todo.add(start.marking());
    while (!todo.isEmpty() && seen.size() <= MAX_SILENT_MARKINGS) {
      int[] m = todo.poll();
      for (int t = 0; t < labelOf.length; t++) {
        if (!structure.enabled(t, m)) {
          continue;
        }
        if (!invisible[t]) {
          labels.set(labelOf[t]);
          continue;
        }
        int[] after = m.clone();
        structure.fire(t, after);
        if (seen.add(new Key(after))) {
          todo.add(after);
        }
      }
    }
    if (!todo.isEmpty()) {
      labels.or(pm4pyEventuallyEnabled(start.marking()));
    }
    return labels;
  }

  /**
   * PM4Py's {@code get_visible_transitions_eventually_enabled_by_marking}, step by step: a work
   * list of enabled transitions in id order, each with the marking it was last found enabled in.
   */
  private BitSet pm4pyEventuallyEnabled(int[] marking) {
    BitSet labels = new BitSet();
    List<Integer> work = new java.util.ArrayList<>();
    Map<Integer, int[]> markingOf = new HashMap<>();
    for (int t : byId) {
      if (structure.enabled(t, marking)) {
        work.add(t);
        markingOf.put(t, marking);
      }
    }
    java.util.Set<List<Object>> visited = new java.util.HashSet<>();
    for (int i = 0; i < work.size() && visited.size() <= MAX_SILENT_MARKINGS; i++) {
      int t = work.get(i);
      int[] m = markingOf.get(t);
      if (!visited.add(List.of(t, new Key(m)))) {
        continue;
      }
      if (!invisible[t]) {
        labels.set(labelOf[t]);
      } else if (structure.enabled(t, m)) {
        int[] after = m.clone();
        structure.fire(t, after);
        for (int t2 : byId) {
          if (structure.enabled(t2, after)) {
            work.add(t2);
            markingOf.put(t2, after);
          }
        }
      }
    }
    return labels;
  }

  private record Visit(int activity, Node node, int[] marking) {}

  /** A prefix of the log: how many cases have it, and the activities done next. */
  private static final class Node {
    final Map<Integer, Node> children = new HashMap<>();
    long reach;

    Node child(int activity) {
      return children.computeIfAbsent(activity, a -> new Node());
    }

    /** Cases that do something after this prefix. */
    long goingOn() {
      long n = 0;
      for (Node c : children.values()) {
        n += c.reach;
      }
      return n;
    }

    /** This prefix and all its extensions that are prefixes themselves (not whole traces only). */
    long countPrefixes() {
      long n = 0;
      ArrayDeque<Node> todo = new ArrayDeque<>(List.of(this));
      while (!todo.isEmpty()) {
        Node node = todo.pop();
        if (!node.children.isEmpty()) {
          n++;
          todo.addAll(node.children.values());
        }
      }
      return n;
    }
  }

  private record Key(int[] marking) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(marking, k.marking);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(marking);
    }

    @Override
    public String toString() {
      return Arrays.toString(marking);
    }
  }
}
