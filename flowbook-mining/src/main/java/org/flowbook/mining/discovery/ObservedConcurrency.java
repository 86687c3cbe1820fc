package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.mining.log.TraceVariants;

/**
 * Keeps a parallel block only where the log shows real concurrency. The inductive miner makes parts
 * parallel as soon as their activities follow each other both ways, which a few swapped events (a
 * late entry, a data-entry habit) already cause; a manual would then show a parallel split that
 * nobody works in. A parallel block stays when, for some pair of its parts, the rarer order (which
 * part begins first in a case that has both) occurs in at least {@link #MIN_SHARE} of those cases;
 * otherwise it becomes a sequence in the usual order (parts sorted by how often they begin first).
 * The model then no longer allows the rare order: those cases show as deviations in the fitness,
 * which is reported.
 */
public final class ObservedConcurrency {
  /** The share of the rarer order from which two parts count as really concurrent. */
  public static final double MIN_SHARE = 0.25;

  private final TraceVariants log;

  private ObservedConcurrency(TraceVariants log) {
    this.log = log;
  }

  /** {@code tree} with the parallel blocks the log does not bear out made sequences. */
  public static ProcessTree apply(ProcessTree tree, TraceVariants log) {
    return new ObservedConcurrency(log).rewrite(tree);
  }

  private ProcessTree rewrite(ProcessTree t) {
    if (t instanceof ProcessTree.Sequence s) {
      return TreeFolding.sequence(children(s.children()));
    }
    if (t instanceof ProcessTree.Choice c) {
      return TreeFolding.choice(children(c.children()));
    }
    if (t instanceof ProcessTree.Loop l) {
      return new ProcessTree.Loop(rewrite(l.body()), rewrite(l.redo()));
    }
    if (t instanceof ProcessTree.Parallel p) {
      List<ProcessTree> parts = children(p.children());
      List<Set<Integer>> acts = new ArrayList<>();
      for (ProcessTree part : parts) {
        acts.add(activities(part));
      }
      int n = parts.size();
      long[][] firstBefore = new long[n][n];
      for (int v = 0; v < log.traces().size(); v++) {
        int[] trace = log.traces().get(v);
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
          first[i] = -1;
          for (int k = 0; k < trace.length && first[i] < 0; k++) {
            if (acts.get(i).contains(trace[k])) {
              first[i] = k;
            }
          }
        }
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            if (i != j && first[i] >= 0 && first[j] >= 0 && first[i] < first[j]) {
              firstBefore[i][j] += log.counts()[v];
            }
          }
        }
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          long both = firstBefore[i][j] + firstBefore[j][i];
          if (both > 0 && Math.min(firstBefore[i][j], firstBefore[j][i]) >= MIN_SHARE * both) {
            return new ProcessTree.Parallel(parts);
          }
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      long[] wins = new long[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          wins[i] += firstBefore[i][j] - firstBefore[j][i];
        }
      }
      order.sort(Comparator.comparingLong((Integer i) -> -wins[i]).thenComparing(i -> i));
      List<ProcessTree> seq = new ArrayList<>();
      for (int i : order) {
        seq.add(parts.get(i));
      }
      return TreeFolding.sequence(seq);
    }
    return t;
  }

  private List<ProcessTree> children(List<ProcessTree> in) {
    List<ProcessTree> out = new ArrayList<>();
    for (ProcessTree c : in) {
      out.add(rewrite(c));
    }
    return out;
  }

  private Set<Integer> activities(ProcessTree t) {
    Set<Integer> out = new HashSet<>();
    collect(t, out);
    return out;
  }

  private void collect(ProcessTree t, Set<Integer> out) {
    if (t instanceof ProcessTree.Leaf l) {
      int i = log.activities().indexOf(l.activity());
      if (i >= 0) {
        out.add(i);
      }
    } else if (t instanceof ProcessTree.Sequence s) {
      s.children().forEach(c -> collect(c, out));
    } else if (t instanceof ProcessTree.Choice c) {
      c.children().forEach(x -> collect(x, out));
    } else if (t instanceof ProcessTree.Parallel p) {
      p.children().forEach(x -> collect(x, out));
    } else if (t instanceof ProcessTree.Loop l) {
      collect(l.body(), out);
      collect(l.redo(), out);
    }
  }
}
