package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phase: gives every channel and corridor piece a track, so that pieces that overlap run side by
 * side. In a channel, at any row, the piece fed from the left node lies left of the piece feeding
 * the right node, so the two horizontal stubs never run on top of each other.
 */
final class TrackAssigner {
  private TrackAssigner() {}

  /** Assigns tracks and returns the number of tracks per gap (keyed by gap index). */
  static Map<Integer, Integer> assign(List<Segment> segments) {
    Map<Integer, List<Segment>> byGap = new TreeMap<>();
    for (Segment s : segments) {
      byGap.computeIfAbsent(s.gap, k -> new ArrayList<>()).add(s);
    }
    Map<Integer, Integer> counts = new TreeMap<>();
    for (Map.Entry<Integer, List<Segment>> e : byGap.entrySet()) {
      counts.put(e.getKey(), assignGap(e.getValue()));
    }
    return counts;
  }

  private static int assignGap(List<Segment> segs) {
    List<Segment> order = new ArrayList<>(segs);
    order.sort(
        Comparator.comparingInt((Segment s) -> s.leftRow >= 0 ? 0 : s.rightRow >= 0 ? 2 : 1)
            .thenComparingDouble(s -> s.lo)
            .thenComparingDouble(s -> s.hi)
            .thenComparingInt(s -> s.edge));
    List<List<Segment>> tracks = new ArrayList<>();
    for (Segment s : order) {
      Cancellation.check();
      int lo = 0;
      int hi = tracks.size();
      for (int t = 0; t < tracks.size(); t++) {
        for (Segment o : tracks.get(t)) {
          if (!s.vertical || sharesKey(s, o)) {
            continue;
          }
          if (s.rightRow >= 0 && o.leftRow == s.rightRow) {
            lo = Math.max(lo, t + 1);
          }
          if (s.leftRow >= 0 && o.rightRow == s.leftRow) {
            hi = Math.min(hi, t);
          }
        }
      }
      int chosen = -1;
      for (int t = lo; t < Math.min(hi, tracks.size()); t++) {
        if (tracks.get(t).stream().noneMatch(s::conflicts)) {
          chosen = t;
          break;
        }
      }
      if (chosen < 0) {
        chosen = Math.min(lo, tracks.size());
        tracks.add(chosen, new ArrayList<>());
      }
      tracks.get(chosen).add(s);
    }
    for (int t = 0; t < tracks.size(); t++) {
      for (Segment s : tracks.get(t)) {
        s.track = t;
      }
    }
    return tracks.size();
  }

  private static boolean sharesKey(Segment a, Segment b) {
    for (String k : a.keys) {
      if (b.keys.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
