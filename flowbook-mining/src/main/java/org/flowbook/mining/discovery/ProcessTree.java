package org.flowbook.mining.discovery;

import java.util.List;

/**
 * A block-structured process model: the inductive miner's result. Every tree is sound by
 * construction; it converts to a Petri net ({@link TreeToPetriNet}) and to a Flowbook process
 * ({@link TreeToProcess}).
 */
public sealed interface ProcessTree {

  /** One activity of the log. */
  record Leaf(String activity) implements ProcessTree {}

  /** A silent step: nothing happens (the empty branch of an optional part). */
  record Silent() implements ProcessTree {}

  /** The children one after the other. */
  record Sequence(List<ProcessTree> children) implements ProcessTree {
    public Sequence {
      children = List.copyOf(children);
    }
  }

  /** Exactly one of the children. */
  record Choice(List<ProcessTree> children) implements ProcessTree {
    public Choice {
      children = List.copyOf(children);
    }
  }

  /** All children, in any interleaving. */
  record Parallel(List<ProcessTree> children) implements ProcessTree {
    public Parallel {
      children = List.copyOf(children);
    }
  }

  /** {@code body}, then any number of times {@code redo} followed by {@code body} again. */
  record Loop(ProcessTree body, ProcessTree redo) implements ProcessTree {}

  /** A compact text form, e.g. {@code ->(a, X(b, tau), *(c, tau))}, for tests and logs. */
  static String format(ProcessTree t) {
    if (t instanceof Leaf l) {
      return "'" + l.activity() + "'";
    } else if (t instanceof Sequence s) {
      return "->(" + join(s.children()) + ")";
    } else if (t instanceof Choice c) {
      return "X(" + join(c.children()) + ")";
    } else if (t instanceof Parallel p) {
      return "+(" + join(p.children()) + ")";
    } else if (t instanceof Loop l) {
      return "*(" + format(l.body()) + ", " + format(l.redo()) + ")";
    }
    return "tau";
  }

  private static String join(List<ProcessTree> children) {
    return String.join(", ", children.stream().map(ProcessTree::format).toList());
  }
}
