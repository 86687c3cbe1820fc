package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

/**
 * Test-only: random process trees over distinct activities and logs played out from them, with
 * optional noise (a neighbour swap, a dropped or a repeated event in some traces).
 */
final class RandomTrees {
  private RandomTrees() {}

  /** A tree over the activities a, b, c, ... (each used once), at most {@code depth} deep. */
  static ProcessTree tree(Random r, int depth) {
    Deque<String> names = new LinkedList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      names.add(String.valueOf(c));
    }
    return node(r, depth, names);
  }

  private static ProcessTree node(Random r, int depth, Deque<String> names) {
    if (depth == 0 || r.nextInt(4) == 0) {
      return new ProcessTree.Leaf(names.poll());
    }
    int n = 2 + r.nextInt(2);
    List<ProcessTree> children = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      children.add(node(r, depth - 1, names));
    }
    return switch (r.nextInt(5)) {
      case 0 -> new ProcessTree.Sequence(children);
      case 1 -> {
        if (r.nextBoolean()) {
          children.add(new ProcessTree.Silent());
        }
        yield new ProcessTree.Choice(children);
      }
      case 2 -> new ProcessTree.Parallel(children);
      case 3 -> new ProcessTree.Loop(children.get(0), children.get(1));
      default -> new ProcessTree.Sequence(children);
    };
  }

  /** {@code cases} traces played out from the tree; {@code noisy} of them get one disturbance. */
  static List<List<String>> log(Random r, ProcessTree tree, int cases, double noisy) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      List<String> t = new ArrayList<>();
      play(r, tree, t);
      if (r.nextDouble() < noisy && !t.isEmpty()) {
        int k = r.nextInt(t.size());
        switch (r.nextInt(3)) {
          case 0 -> t.remove(k);
          case 1 -> t.add(k, t.get(k));
          default -> {
            if (k + 1 < t.size()) {
              t.add(k + 1, t.remove(k));
            }
          }
        }
      }
      out.add(t);
    }
    return out;
  }

  private static void play(Random r, ProcessTree t, List<String> out) {
    if (t instanceof ProcessTree.Leaf l) {
      out.add(l.activity());
    } else if (t instanceof ProcessTree.Sequence s) {
      s.children().forEach(c -> play(r, c, out));
    } else if (t instanceof ProcessTree.Choice c) {
      play(r, c.children().get(r.nextInt(c.children().size())), out);
    } else if (t instanceof ProcessTree.Parallel p) {
      List<List<String>> parts = new ArrayList<>();
      for (ProcessTree c : p.children()) {
        List<String> part = new ArrayList<>();
        play(r, c, part);
        parts.add(part);
      }
      interleave(r, parts, out);
    } else if (t instanceof ProcessTree.Loop l) {
      play(r, l.body(), out);
      for (int i = 0; i < 3 && r.nextInt(3) == 0; i++) {
        play(r, l.redo(), out);
        play(r, l.body(), out);
      }
    }
  }

  private static void interleave(Random r, List<List<String>> parts, List<String> out) {
    int[] next = new int[parts.size()];
    int left = parts.stream().mapToInt(List::size).sum();
    while (left > 0) {
      int p = r.nextInt(parts.size());
      if (next[p] < parts.get(p).size()) {
        out.add(parts.get(p).get(next[p]++));
        left--;
      }
    }
  }
}
