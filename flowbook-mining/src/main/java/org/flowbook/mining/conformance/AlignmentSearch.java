package org.flowbook.mining.conformance;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

/**
 * A* search for an optimal alignment of one trace over the synchronous product of the trace and the
 * net. States are (marking, trace position); the heuristic counts the remaining events whose label
 * no transition can fire any more from the marking ({@link MarkingSpace#futureLabels}), each of
 * which must become a log move — admissible and consistent, so the first goal popped is optimal.
 * One instance per thread; it keeps the marking space between traces.
 */
final class AlignmentSearch {
  static final int DEVIATION_COST = 10_000;
  static final int TAU_COST = 1;

  private final MarkingSpace space;
  private final int[] labelOf;
  private final int initialId;
  private final int finalId;

  private int[] nodeMarking = new int[1024];
  private int[] nodePos = new int[1024];
  private int[] nodeG = new int[1024];
  private int[] nodeF = new int[1024];
  private int[] nodeParent = new int[1024];
  private int[] nodeTransition = new int[1024];
  private boolean[] nodeConsumes = new boolean[1024];
  private boolean[] nodeClosed = new boolean[1024];
  private boolean[] nodeExact = new boolean[1024];
  private int nodes;
  private final LongIntMap visited = new LongIntMap(1 << 12);
  private final NodeHeap open = new NodeHeap();

  private int[] trace;
  private int length;
  private int[] localLabel;
  private int[] suffix;
  private int[] unmappedSuffix;

  private final MarkingEquation equation;
  private final int labelCount;
  private int[] remaining;
  private int lpCalls;

  AlignmentSearch(
      MarkingSpace space,
      MarkingEquation equation,
      int labelCount,
      int[] labelOf,
      int[] initial,
      int[] fin) {
    this.space = space;
    this.equation = equation;
    this.labelCount = labelCount;
    this.labelOf = labelOf;
    this.initialId = space.id(initial);
    this.finalId = space.id(fin);
  }

  /**
   * Aligns {@code trace} (model label ids, -1 for activities the model does not know); empty when
   * the search would exceed {@code maxStates} states or the final marking cannot be reached.
   */
  int lastStates;

  Optional<AlignedTrace> align(int[] trace, int maxStates) {
    try {
      useEquation = false;
      Optional<AlignedTrace> quick = search(trace, Math.min(maxStates, QUICK_STATES));
      if (quick.isPresent() || nodes <= QUICK_STATES) {
        return quick;
      }
      useEquation = true;
      return search(trace, maxStates);
    } finally {
      lastStates = nodes;
    }
  }

  /**
   * States a search may use with the cheap heuristic alone; most traces finish well within it, and
   * the rest are searched again with the marking equation, which costs more per state but visits
   * far fewer.
   */
  private static final int QUICK_STATES = 20_000;

  private boolean useEquation;

  private Optional<AlignedTrace> search(int[] trace, int maxStates) {
    prepare(trace);
    nodes = 0;
    visited.clear();
    open.clear();
    int root = node(initialId, 0, 0, -1, -1, false, 0);
    if (useEquation && !evaluate(root)) {
      return Optional.empty();
    }
    visited.put(key(initialId, 0), root);
    open.push(root, nodeF[root], 0);
    while (!open.isEmpty()) {
      int n = open.pop();
      if (nodeClosed[n]) {
        continue;
      }
      if (useEquation && !nodeExact[n]) {
        int before = nodeF[n];
        if (!evaluate(n)) {
          nodeClosed[n] = true;
          continue;
        }
        if (nodeF[n] > before) {
          open.push(n, nodeF[n], nodePos[n]);
          continue;
        }
      }
      nodeClosed[n] = true;
      int m = nodeMarking[n];
      int pos = nodePos[n];
      int g = nodeG[n];
      if (pos == length && m == finalId) {
        return Optional.of(path(n));
      }
      if (nodes > maxStates) {
        return Optional.empty();
      }
      if (pos < length) {
        relax(m, pos + 1, g + DEVIATION_COST, n, -1, true);
      }
      int[] enabled = space.enabled(m);
      int[] next = space.successors(m);
      for (int k = 0; k < enabled.length; k++) {
        int t = enabled[k];
        int label = labelOf[t];
        if (label < 0) {
          relax(next[k], pos, g + TAU_COST, n, t, false);
        } else {
          if (pos < length && trace[pos] == label) {
            relax(next[k], pos + 1, g, n, t, true);
          }
          relax(next[k], pos, g + DEVIATION_COST, n, t, false);
        }
      }
    }
    return Optional.empty();
  }

  private void relax(int m, int pos, int g, int parent, int t, boolean consumes) {
    long key = key(m, pos);
    int existing = visited.get(key);
    if (existing >= 0) {
      if (nodeClosed[existing] || nodeG[existing] <= g) {
        return;
      }
      int h = nodeF[existing] - nodeG[existing];
      nodeG[existing] = g;
      nodeF[existing] = g + h;
      nodeParent[existing] = parent;
      nodeTransition[existing] = t;
      nodeConsumes[existing] = consumes;
      open.push(existing, nodeF[existing], pos);
      return;
    }
    int estimate = Math.max(0, nodeF[parent] - nodeG[parent] - (g - nodeG[parent]));
    int n = node(m, pos, g, parent, t, consumes, estimate);
    visited.put(key, n);
    open.push(n, nodeF[n], pos);
  }

  private long key(int m, int pos) {
    return (long) m * (length + 1) + pos;
  }

  private int node(int m, int pos, int g, int parent, int t, boolean consumes, int estimate) {
    if (nodes == nodeMarking.length) {
      grow();
    }
    int n = nodes++;
    nodeMarking[n] = m;
    nodePos[n] = pos;
    nodeG[n] = g;
    nodeF[n] = g + Math.max(estimate, heuristic(m, pos));
    nodeExact[n] = false;
    nodeParent[n] = parent;
    nodeTransition[n] = t;
    nodeConsumes[n] = consumes;
    nodeClosed[n] = false;
    return n;
  }

  /** Sets the node's exact bound; false when the final marking is unreachable from it. */
  private boolean evaluate(int n) {
    lpCalls++;
    int pos = nodePos[n];
    System.arraycopy(remaining, pos * labelCount, lpRemaining, 0, labelCount);
    int h = equation.bound(space.marking(nodeMarking[n]), lpRemaining);
    nodeExact[n] = true;
    if (h == MarkingEquation.INFEASIBLE) {
      return false;
    }
    h += unmappedSuffix[pos] * DEVIATION_COST;
    nodeF[n] = Math.max(nodeF[n], nodeG[n] + h);
    return true;
  }

  private int[] lpRemaining = new int[0];

  private int heuristic(int m, int pos) {
    if (pos == length) {
      return 0;
    }
    BitSet future = space.futureLabels(m);
    int stuck = unmappedSuffix[pos];
    int labels = localLabel.length;
    int base = pos * labels;
    for (int k = 0; k < labels; k++) {
      if (!future.get(localLabel[k])) {
        stuck += suffix[base + k];
      }
    }
    return stuck * DEVIATION_COST;
  }

  private void prepare(int[] newTrace) {
    trace = newTrace;
    length = newTrace.length;
    localLabel = Arrays.stream(newTrace).filter(l -> l >= 0).distinct().toArray();
    int labels = localLabel.length;
    suffix = new int[(length + 1) * labels];
    unmappedSuffix = new int[length + 1];
    remaining = new int[(length + 1) * labelCount];
    lpRemaining = new int[labelCount];
    for (int p = length - 1; p >= 0; p--) {
      System.arraycopy(remaining, (p + 1) * labelCount, remaining, p * labelCount, labelCount);
      if (newTrace[p] >= 0) {
        remaining[p * labelCount + newTrace[p]]++;
      }
    }
    for (int pos = length - 1; pos >= 0; pos--) {
      System.arraycopy(suffix, (pos + 1) * labels, suffix, pos * labels, labels);
      unmappedSuffix[pos] = unmappedSuffix[pos + 1];
      if (newTrace[pos] < 0) {
        unmappedSuffix[pos]++;
      } else {
        for (int k = 0; k < labels; k++) {
          if (localLabel[k] == newTrace[pos]) {
            suffix[pos * labels + k]++;
          }
        }
      }
    }
  }

  private AlignedTrace path(int goal) {
    int count = 0;
    for (int n = goal; nodeParent[n] >= 0; n = nodeParent[n]) {
      count++;
    }
    int[] ts = new int[count];
    int[] es = new int[count];
    int i = count;
    for (int n = goal; nodeParent[n] >= 0; n = nodeParent[n]) {
      i--;
      ts[i] = nodeTransition[n];
      es[i] = nodeConsumes[n] ? nodePos[n] - 1 : -1;
    }
    return new AlignedTrace(nodeG[goal], ts, es);
  }

  private void grow() {
    int size = nodeMarking.length * 2;
    nodeMarking = Arrays.copyOf(nodeMarking, size);
    nodePos = Arrays.copyOf(nodePos, size);
    nodeG = Arrays.copyOf(nodeG, size);
    nodeF = Arrays.copyOf(nodeF, size);
    nodeParent = Arrays.copyOf(nodeParent, size);
    nodeTransition = Arrays.copyOf(nodeTransition, size);
    nodeConsumes = Arrays.copyOf(nodeConsumes, size);
    nodeClosed = Arrays.copyOf(nodeClosed, size);
    nodeExact = Arrays.copyOf(nodeExact, size);
  }
}
