package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the cuts of the inductive miner on a directly-follows graph, in the usual order: exclusive
 * choice, sequence, parallel, loop. Groups are returned as activity ids.
 */
final class CutFinder {
  private CutFinder() {}

  static Optional<Cut> find(Dfg d) {
    if (d.n < 2) {
      return Optional.empty();
    }
    Optional<Cut> c = choice(d);
    if (c.isEmpty()) {
      c = sequence(d);
    }
    if (c.isEmpty()) {
      c = parallel(d);
    }
    if (c.isEmpty()) {
      c = loop(d);
    }
    return c;
  }

  /** Connected components of the graph with edges taken in both directions. */
  static Optional<Cut> choice(Dfg d) {
    UnionFind u = new UnionFind(d.n);
    for (int a = 0; a < d.n; a++) {
      for (int b = 0; b < d.n; b++) {
        if (d.has(a, b)) {
          u.union(a, b);
        }
      }
    }
    List<Set<Integer>> groups = u.groups();
    return groups.size() > 1 ? Optional.of(of(d, Cut.Kind.CHOICE, groups)) : Optional.empty();
  }

  /**
   * Groups of activities that reach each other or neither reaches the other, ordered so that every
   * earlier group reaches every later one and never back; then made strict ({@link
   * StrictSequence}).
   */
  static Optional<Cut> sequence(Dfg d) {
    boolean[][] r = d.reach();
    UnionFind u = new UnionFind(d.n);
    for (int a = 0; a < d.n; a++) {
      for (int b = a + 1; b < d.n; b++) {
        if (r[a][b] == r[b][a]) {
          u.union(a, b);
        }
      }
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      List<Set<Integer>> gs = u.groups();
      for (int i = 0; i < gs.size() && !merged; i++) {
        for (int j = i + 1; j < gs.size() && !merged; j++) {
          boolean ij = reaches(r, gs.get(i), gs.get(j));
          boolean ji = reaches(r, gs.get(j), gs.get(i));
          if (ij == ji) {
            u.union(gs.get(i).iterator().next(), gs.get(j).iterator().next());
            merged = true;
          }
        }
      }
    }
    List<Set<Integer>> groups = new ArrayList<>(u.groups());
    if (groups.size() < 2) {
      return Optional.empty();
    }
    groups.sort(Comparator.comparingInt(g -> -(int) countReached(r, g, u.groups())));
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        if (reaches(r, groups.get(j), groups.get(i))) {
          return Optional.empty();
        }
      }
    }
    List<Set<Integer>> strict = StrictSequence.merge(d, groups);
    return strict.size() < 2 ? Optional.empty() : Optional.of(of(d, Cut.Kind.SEQUENCE, strict));
  }

  private static long countReached(boolean[][] r, Set<Integer> g, List<Set<Integer>> all) {
    return all.stream().filter(h -> h != g && !h.equals(g) && reaches(r, g, h)).count();
  }

  private static boolean reaches(boolean[][] r, Set<Integer> from, Set<Integer> to) {
    for (int a : from) {
      for (int b : to) {
        if (r[a][b]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Groups where every activity directly follows and is directly followed by every activity of the
   * other groups; each group needs a start and an end activity. As in PM4Py, groups are taken
   * smallest first (ties by activity name), and one without a start or an end activity joins the
   * group before it (the first one joins the next).
   */
  static Optional<Cut> parallel(Dfg d) {
    UnionFind u = new UnionFind(d.n);
    for (int a = 0; a < d.n; a++) {
      for (int b = a + 1; b < d.n; b++) {
        if (!(d.has(a, b) && d.has(b, a))) {
          u.union(a, b);
        }
      }
    }
    List<Set<Integer>> groups = new ArrayList<>(u.groups());
    groups.sort(
        Comparator.<Set<Integer>>comparingInt(Set::size)
            .thenComparingInt(g -> g.stream().mapToInt(a -> d.acts[a]).min().orElse(0)));
    int i = 0;
    while (i < groups.size() && groups.size() > 1) {
      Set<Integer> g = groups.get(i);
      if (g.stream().anyMatch(a -> d.start[a] > 0) && g.stream().anyMatch(a -> d.end[a] > 0)) {
        i++;
      } else {
        groups.remove(i);
        groups.get(i == 0 ? 0 : i - 1).addAll(g);
      }
    }
    if (groups.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(of(d, Cut.Kind.PARALLEL, groups));
  }

  /**
   * Body = start and end activities plus whatever connects to them other than through the loop's
   * way back; each other component is a redo part if it is entered only from end activities (from
   * all of them) and left only to start activities (to all of them).
   */
  static Optional<Cut> loop(Dfg d) {
    Set<Integer> body = new LinkedHashSet<>();
    for (int a = 0; a < d.n; a++) {
      if (d.start[a] > 0 || d.end[a] > 0) {
        body.add(a);
      }
    }
    UnionFind u = new UnionFind(d.n);
    for (int a = 0; a < d.n; a++) {
      for (int b = 0; b < d.n; b++) {
        if (d.has(a, b) && !body.contains(a) && !body.contains(b)) {
          u.union(a, b);
        }
      }
    }
    List<Set<Integer>> redo = new ArrayList<>();
    for (Set<Integer> comp : u.groups()) {
      if (body.containsAll(comp)) {
        continue;
      }
      if (isRedo(d, comp, body)) {
        redo.add(comp);
      } else {
        body.addAll(comp);
      }
    }
    // a component merged into the body may disqualify one accepted earlier
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < redo.size(); i++) {
        if (!isRedo(d, redo.get(i), body)) {
          body.addAll(redo.remove(i));
          changed = true;
          break;
        }
      }
    }
    if (redo.isEmpty()) {
      return Optional.empty();
    }
    List<Set<Integer>> groups = new ArrayList<>();
    groups.add(body);
    groups.addAll(redo);
    return Optional.of(of(d, Cut.Kind.LOOP, groups));
  }

  private static boolean isRedo(Dfg d, Set<Integer> comp, Set<Integer> body) {
    Set<Integer> entries = new LinkedHashSet<>();
    Set<Integer> exits = new LinkedHashSet<>();
    for (int b : body) {
      for (int c : comp) {
        if (d.has(b, c)) {
          if (d.end[b] == 0) {
            return false;
          }
          entries.add(c);
        }
        if (d.has(c, b)) {
          if (d.start[b] == 0) {
            return false;
          }
          exits.add(c);
        }
      }
    }
    for (int c : comp) {
      if (d.start[c] > 0 || d.end[c] > 0) {
        return false;
      }
    }
    for (int e = 0; e < d.n; e++) {
      if (d.end[e] > 0) {
        for (int c : entries) {
          if (!d.has(e, c)) {
            return false;
          }
        }
      }
      if (d.start[e] > 0) {
        for (int c : exits) {
          if (!d.has(c, e)) {
            return false;
          }
        }
      }
    }
    return !entries.isEmpty() && !exits.isEmpty();
  }

  private static Cut of(Dfg d, Cut.Kind kind, List<Set<Integer>> local) {
    List<Set<Integer>> out = new ArrayList<>();
    for (Set<Integer> g : local) {
      Set<Integer> ids = new LinkedHashSet<>();
      for (int a : g) {
        ids.add(d.acts[a]);
      }
      out.add(ids);
    }
    return new Cut(kind, out);
  }
}
