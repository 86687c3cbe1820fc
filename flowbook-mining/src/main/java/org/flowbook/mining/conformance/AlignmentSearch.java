package org.flowbook.mining.conformance;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

/**
 * A* search for an optimal alignment of one trace over the synchronous product of the trace and
 * the net. States are (marking, trace position); the heuristic counts the remaining events whose
 * label no transition can fire any more from the marking ({@link MarkingSpace#futureLabels}), each
 * of which must become a log move — admissible and consistent, so the first goal popped is optimal.
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
  private int nodes;
  private final LongIntMap visited = new LongIntMap(1 << 12);
  private final NodeHeap open = new NodeHeap();

  private int[] trace;
  private int length;
  private int[] localLabel;
  private int[] suffix;
  private int[] unmappedSuffix;

  AlignmentSearch(MarkingSpace space, int[] labelOf, int[] initial, int[] fin) {
    this.space = space;
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
      return search(trace, maxStates);
    } finally {
      lastStates = nodes;
    }
  }

  private Optional<AlignedTrace> search(int[] trace, int maxStates) {
    prepare(trace);
    nodes = 0;
    visited.clear();
    open.clear();
    int root = node(initialId, 0, 0, -1, -1, false);
    visited.put(key(initialId, 0), root);
    open.push(root, nodeF[root], 0);
    while (!open.isEmpty()) {
      int n = open.pop();
      if (nodeClosed[n]) {
        continue;
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
    int n = node(m, pos, g, parent, t, consumes);
    visited.put(key, n);
    open.push(n, nodeF[n], pos);
  }

  private long key(int m, int pos) {
    return (long) m * (length + 1) + pos;
  }

  private int node(int m, int pos, int g, int parent, int t, boolean consumes) {
    if (nodes == nodeMarking.length) {
      grow();
    }
    int n = nodes++;
    nodeMarking[n] = m;
    nodePos[n] = pos;
    nodeG[n] = g;
    nodeF[n] = g + heuristic(m, pos);
    nodeParent[n] = parent;
    nodeTransition[n] = t;
    nodeConsumes[n] = consumes;
    nodeClosed[n] = false;
    return n;
  }

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
  }
}
