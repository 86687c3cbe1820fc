package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds operator nodes in folded form, as PM4Py folds its discovered trees: a child with the same
 * operator is merged into its parent, a silent step in a sequence or parallel part is dropped, a
 * choice keeps one silent branch, and a node left with one child is that child. The language stays
 * the same; the draft process gets fewer nested blocks and the net fewer silent transitions.
 */
final class TreeFolding {
  private TreeFolding() {}

  static ProcessTree sequence(List<ProcessTree> children) {
    return withoutSilent(children, ProcessTree.Sequence.class, ProcessTree.Sequence::new);
  }

  static ProcessTree parallel(List<ProcessTree> children) {
    return withoutSilent(children, ProcessTree.Parallel.class, ProcessTree.Parallel::new);
  }

  static ProcessTree choice(List<ProcessTree> children) {
    List<ProcessTree> out = new ArrayList<>();
    boolean silent = false;
    for (ProcessTree c : children) {
      for (ProcessTree b : c instanceof ProcessTree.Choice x ? x.children() : List.of(c)) {
        if (!(b instanceof ProcessTree.Silent) || !silent) {
          out.add(b);
        }
        silent |= b instanceof ProcessTree.Silent;
      }
    }
    return out.size() == 1 ? out.get(0) : new ProcessTree.Choice(out);
  }

  private static <T extends ProcessTree> ProcessTree withoutSilent(
      List<ProcessTree> children, Class<T> kind, Function<List<ProcessTree>, T> make) {
    List<ProcessTree> out = new ArrayList<>();
    for (ProcessTree c : children) {
      if (kind.isInstance(c)) {
        out.addAll(
            c instanceof ProcessTree.Sequence s
                ? s.children()
                : ((ProcessTree.Parallel) c).children());
      } else if (!(c instanceof ProcessTree.Silent)) {
        out.add(c);
      }
    }
    if (out.isEmpty()) {
      return new ProcessTree.Silent();
    }
    return out.size() == 1 ? out.get(0) : make.apply(out);
  }
}
