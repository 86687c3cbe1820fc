package org.flowbook.mining.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.log.EventLog;

/**
 * Who does the work: workload per resource and the handovers of work between resources.
 *
 * @param resources distinct resources
 * @param eventsWithoutResource events that name no resource
 * @param handovers handovers in all (consecutive events of a case by different resources)
 * @param workload the busiest resources, most events first
 * @param topHandovers the most frequent handovers
 */
public record Resources(
    int resources,
    long eventsWithoutResource,
    long handovers,
    List<ResourceLoad> workload,
    List<Handover> topHandovers) {

  public Resources {
    workload = List.copyOf(workload);
    topHandovers = List.copyOf(topHandovers);
  }

  public static Resources of(EventLog log, int limit) {
    int res = log.resourceNames().size();
    long[] events = new long[res];
    long[] cases = new long[res];
    int[] lastCase = new int[res];
    java.util.Arrays.fill(lastCase, -1);
    java.util.BitSet[] acts = new java.util.BitSet[res];
    Map<Long, long[]> handovers = new HashMap<>();
    long none = 0;
    long total = 0;
    for (int c = 0; c < log.cases(); c++) {
      int previous = EventLog.NO_RESOURCE;
      for (int i = log.start(c); i < log.end(c); i++) {
        int r = log.resource(i);
        if (r == EventLog.NO_RESOURCE) {
          none++;
          continue;
        }
        events[r]++;
        if (lastCase[r] != c) {
          lastCase[r] = c;
          cases[r]++;
        }
        if (acts[r] == null) {
          acts[r] = new java.util.BitSet();
        }
        acts[r].set(log.activity(i));
        if (previous != EventLog.NO_RESOURCE && previous != r) {
          handovers.computeIfAbsent((long) previous * res + r, k -> new long[1])[0]++;
          total++;
        }
        previous = r;
      }
    }
    List<ResourceLoad> load = new ArrayList<>();
    for (int r = 0; r < res; r++) {
      load.add(
          new ResourceLoad(
              log.resourceNames().get(r),
              events[r],
              cases[r],
              acts[r] == null ? 0 : acts[r].cardinality()));
    }
    load.sort(
        Comparator.comparingLong(ResourceLoad::events)
            .reversed()
            .thenComparing(ResourceLoad::resource));
    List<Handover> hand = new ArrayList<>();
    for (Map.Entry<Long, long[]> e : handovers.entrySet()) {
      hand.add(
          new Handover(
              log.resourceNames().get((int) (e.getKey() / res)),
              log.resourceNames().get((int) (e.getKey() % res)),
              e.getValue()[0]));
    }
    hand.sort(
        Comparator.comparingLong(Handover::count)
            .reversed()
            .thenComparing(Handover::from)
            .thenComparing(Handover::to));
    return new Resources(
        res,
        none,
        total,
        load.subList(0, Math.min(limit, load.size())),
        hand.subList(0, Math.min(limit, hand.size())));
  }
}
