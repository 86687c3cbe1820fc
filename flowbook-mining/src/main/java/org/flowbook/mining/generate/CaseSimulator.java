package org.flowbook.mining.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Flow;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * Simulates cases of a documented process to make a demo event log: cases arrive at random, walk
 * the flow (decisions by their stated shares, else evenly; parallel branches interleaved in time),
 * each step taking about its documented work and waiting time; then {@link Deviations} bend some
 * cases the way real ones do. The same seed gives the same log.
 */
public final class CaseSimulator {
  private static final int MAX_STEPS = 200;
  private static final Duration DEFAULT_STEP = Duration.ofMinutes(30);
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final Process process;
  private final Deviations deviations;
  private final Random random;

  private CaseSimulator(Process process, Deviations deviations, long seed) {
    this.process = process;
    this.deviations = deviations;
    this.random = new Random(seed);
  }

  /** {@code cases} cases starting at {@code from}, events of each case in time order. */
  public static List<SimulatedEvent> simulate(
      Process process, int cases, Instant from, long seed, Deviations deviations) {
    return new CaseSimulator(process, deviations, seed).run(cases, from);
  }

  private List<SimulatedEvent> run(int cases, Instant from) {
    double perDay =
        process.casesPerMonth() == null ? 5 : Math.max(0.5, process.casesPerMonth() / 30.0);
    Instant arrival = from;
    List<SimulatedEvent> out = new ArrayList<>();
    int width = Integer.toString(cases).length();
    for (int c = 1; c <= cases; c++) {
      arrival = arrival.plusSeconds((long) (exponential(86_400 / perDay)));
      String id = "C" + "0".repeat(Math.max(0, width - Integer.toString(c).length())) + c;
      out.addAll(deviate(id, walkCase(id, arrival)));
    }
    return List.copyOf(out);
  }

  private List<SimulatedEvent> walkCase(String id, Instant start) {
    List<SimulatedEvent> events = new ArrayList<>();
    String first = process.starts().isEmpty() ? firstStep() : next(process.starts().get(0));
    walk(id, first, start, null, events, new int[] {0});
    events.sort(Comparator.comparing(SimulatedEvent::time));
    return events;
  }

  /**
   * Walks from {@code stepId} until an end, a dead end or {@code stopAt}; returns where it stopped.
   */
  private Stop walk(
      String caseId,
      String stepId,
      Instant clock,
      String stopAt,
      List<SimulatedEvent> out,
      int[] budget) {
    String current = stepId;
    Instant t = clock;
    while (current != null && budget[0]++ < MAX_STEPS) {
      if (current.equals(stopAt)) {
        return new Stop(current, t);
      }
      Step s = process.step(current).orElse(null);
      if (s == null || s instanceof End) {
        return new Stop(null, t);
      }
      if (s instanceof Activity || s instanceof Call || (s instanceof Decision && s.isWork())) {
        t = officeHours(t.plus(sample(s.task().waitTime())));
        out.add(new SimulatedEvent(caseId, s.title(), t, s.performer()));
        t = t.plus(sample(s.task().workTime()));
      }
      List<Flow> outs = process.outgoing(current);
      if (s instanceof Parallel && outs.size() > 1) {
        String join = findJoin(outs);
        Instant latest = t;
        for (Flow f : outs) {
          Stop branch = walk(caseId, f.to(), t, join, out, budget);
          latest = branch.time().isAfter(latest) ? branch.time() : latest;
        }
        if (join == null) {
          return new Stop(null, latest);
        }
        t = latest;
        current = choose(process.outgoing(join));
        continue;
      }
      current = choose(outs);
    }
    return new Stop(null, t);
  }

  private record Stop(String at, Instant time) {}

  /**
   * The join the branches of a parallel split meet at: the first parallel join reachable from them.
   */
  private String findJoin(List<Flow> outs) {
    List<String> queue = new ArrayList<>();
    for (Flow f : outs) {
      queue.add(f.to());
    }
    for (int i = 0; i < queue.size() && i < 1000; i++) {
      String id = queue.get(i);
      Step s = process.step(id).orElse(null);
      if (s instanceof Parallel && process.incoming(id).size() > 1) {
        return id;
      }
      for (Flow f : process.outgoing(id)) {
        if (!queue.contains(f.to())) {
          queue.add(f.to());
        }
      }
    }
    return null;
  }

  private String next(Step s) {
    return choose(process.outgoing(s.id()));
  }

  private String firstStep() {
    return process.steps().isEmpty() ? null : process.steps().get(0).id();
  }

  /** Picks a flow by the stated shares; flows without a share split what is left evenly. */
  private String choose(List<Flow> outs) {
    if (outs.isEmpty()) {
      return null;
    }
    if (outs.size() == 1) {
      return outs.get(0).to();
    }
    double given = 0;
    int unstated = 0;
    for (Flow f : outs) {
      if (f.probability() != null) {
        given += f.probability();
      } else {
        unstated++;
      }
    }
    double rest = unstated == 0 ? 0 : Math.max(0, 1 - given) / unstated;
    double r = random.nextDouble() * (unstated == 0 ? given : 1);
    for (Flow f : outs) {
      r -= f.probability() != null ? f.probability() : rest;
      if (r < 0) {
        return f.to();
      }
    }
    return outs.get(outs.size() - 1).to();
  }

  /** Moves a time outside office hours (08–17 Swedish time, Monday–Friday) to the next opening. */
  private Instant officeHours(Instant t) {
    ZonedDateTime z = t.atZone(ZONE);
    if (z.getHour() >= 8 && z.getHour() < 17 && z.getDayOfWeek().getValue() <= 5) {
      return t;
    }
    ZonedDateTime next = z.getHour() < 8 ? z : z.plusDays(1);
    while (next.getDayOfWeek().getValue() > 5) {
      next = next.plusDays(1);
    }
    return next.withHour(8)
        .withMinute(0)
        .withSecond(0)
        .plusMinutes(random.nextInt(120))
        .toInstant();
  }

  private Duration sample(Duration mean) {
    Duration m = mean.isZero() ? DEFAULT_STEP.dividedBy(3) : mean;
    return Duration.ofSeconds(Math.max(60, (long) exponential(m.toSeconds())));
  }

  private double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  private List<SimulatedEvent> deviate(String caseId, List<SimulatedEvent> events) {
    List<SimulatedEvent> e = new ArrayList<>(events);
    if (random.nextDouble() < deviations.skip()) {
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < e.size(); i++) {
        if (deviations.skippable().isEmpty()
            || deviations.skippable().contains(e.get(i).activity())) {
          candidates.add(i);
        }
      }
      if (!candidates.isEmpty()) {
        e.remove((int) candidates.get(random.nextInt(candidates.size())));
      }
    }
    for (int i = 0; i < e.size(); i++) {
      if (random.nextDouble() < deviations.rework()) {
        SimulatedEvent again = e.get(i);
        Instant later = again.time().plus(sample(Duration.ofMinutes(20)));
        e.add(i + 1, new SimulatedEvent(caseId, again.activity(), later, again.resource()));
        i++;
      }
    }
    if (e.size() >= 2 && random.nextDouble() < deviations.swap()) {
      int i = random.nextInt(e.size() - 1);
      SimulatedEvent a = e.get(i);
      SimulatedEvent b = e.get(i + 1);
      e.set(i, new SimulatedEvent(caseId, b.activity(), a.time(), b.resource()));
      e.set(i + 1, new SimulatedEvent(caseId, a.activity(), b.time(), a.resource()));
    }
    if (!e.isEmpty() && random.nextDouble() < deviations.undocumented()) {
      int i = random.nextInt(e.size());
      SimulatedEvent before = e.get(i);
      e.add(
          i + 1,
          new SimulatedEvent(
              caseId,
              deviations.undocumentedActivity(),
              before.time().plusSeconds(60),
              before.resource()));
    }
    e.sort(Comparator.comparing(SimulatedEvent::time));
    return e;
  }
}
