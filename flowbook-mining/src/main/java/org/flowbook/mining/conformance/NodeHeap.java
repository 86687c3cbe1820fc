package org.flowbook.mining.conformance;

import java.util.Arrays;

/**
 * A binary min-heap of search nodes ordered by estimated total cost, ties broken towards nodes
 * further along the trace (they reach the goal sooner). Stale entries are skipped by the caller.
 */
final class NodeHeap {
  private long[] prio = new long[1024];
  private int[] node = new int[1024];
  private int size;

  void push(int n, int f, int pos) {
    if (size == prio.length) {
      prio = Arrays.copyOf(prio, size * 2);
      node = Arrays.copyOf(node, size * 2);
    }
    long p = ((long) f << 24) | (0xFFFFFFL - Math.min(pos, 0xFFFFFF));
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (prio[parent] <= p) {
        break;
      }
      prio[i] = prio[parent];
      node[i] = node[parent];
      i = parent;
    }
    prio[i] = p;
    node[i] = n;
  }

  int pop() {
    int top = node[0];
    size--;
    if (size > 0) {
      long p = prio[size];
      int n = node[size];
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && prio[child + 1] < prio[child]) {
          child++;
        }
        if (prio[child] >= p) {
          break;
        }
        prio[i] = prio[child];
        node[i] = node[child];
        i = child;
      }
      prio[i] = p;
      node[i] = n;
    }
    return top;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    size = 0;
  }
}
