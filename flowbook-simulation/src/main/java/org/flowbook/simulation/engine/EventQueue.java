package org.flowbook.simulation.engine;

import java.util.Arrays;

/**
 * A binary heap of pending events ordered by time, then by the order they were scheduled, so that
 * simultaneous events always run in the same order and a seeded run repeats exactly. Parallel
 * arrays rather than event objects: the queue is the inner loop of the simulation.
 */
final class EventQueue {
  private double[] time = new double[256];
  private long[] seq = new long[256];
  private int[] kind = new int[256];
  private int[] arg = new int[256];
  private int[] visit = new int[256];
  private Object[] subject = new Object[256];
  private int size;
  private long counter;

  // the event last taken
  double nowTime;
  int nowKind;
  int nowArg;
  int nowVisit;
  Object nowSubject;

  int size() {
    return size;
  }

  void add(double t, int k, Object s, int a, int v) {
    if (size == time.length) {
      int n = size * 2;
      time = Arrays.copyOf(time, n);
      seq = Arrays.copyOf(seq, n);
      kind = Arrays.copyOf(kind, n);
      arg = Arrays.copyOf(arg, n);
      visit = Arrays.copyOf(visit, n);
      subject = Arrays.copyOf(subject, n);
    }
    int i = size++;
    long q = counter++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (time[parent] < t || (time[parent] == t && seq[parent] < q)) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, t, q, k, s, a, v);
  }

  double peekTime() {
    return time[0];
  }

  /** Removes the earliest event into the {@code now*} fields. */
  void poll() {
    nowTime = time[0];
    nowKind = kind[0];
    nowArg = arg[0];
    nowVisit = visit[0];
    nowSubject = subject[0];
    int last = --size;
    double t = time[last];
    long q = seq[last];
    int k = kind[last];
    int a = arg[last];
    int v = visit[last];
    Object s = subject[last];
    subject[last] = null;
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      int r = c + 1;
      if (r < size && (time[r] < time[c] || (time[r] == time[c] && seq[r] < seq[c]))) {
        c = r;
      }
      if (t < time[c] || (t == time[c] && q < seq[c])) {
        break;
      }
      move(c, i);
      i = c;
    }
    if (size > 0) {
      set(i, t, q, k, s, a, v);
    }
  }

  private void move(int from, int to) {
    time[to] = time[from];
    seq[to] = seq[from];
    kind[to] = kind[from];
    arg[to] = arg[from];
    visit[to] = visit[from];
    subject[to] = subject[from];
  }

  private void set(int i, double t, long q, int k, Object s, int a, int v) {
    time[i] = t;
    seq[i] = q;
    kind[i] = k;
    arg[i] = a;
    visit[i] = v;
    subject[i] = s;
  }
}
