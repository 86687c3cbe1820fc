package org.flowbook.mining.discovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbook.mining.conformance.ActivityMatcher;
import org.flowbook.mining.conformance.ActivitySteps;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.translate.ProcessToPetriNet;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/**
 * A documented process with the log's figures in place of the documented ones, structure untouched:
 * each step's wait (median wait before it) and work time (median processing time, only when the log
 * records start and complete; otherwise the documented one stays), each decision's branch shares
 * (how often the step's activity is directly followed by each branch's first activity, the
 * "otherwise" branch taking the rest) and the volume. Steps the log never shows and activities with
 * no step are listed, not guessed at.
 *
 * @param process the calibrated process (same ids, titles and flows as the documented one)
 * @param unseenSteps titles of work steps no activity of the log maps to
 * @param unmappedActivities log activities that match no step
 */
public record Calibration(
    Process process, List<String> unseenSteps, List<String> unmappedActivities) {

  public Calibration {
    unseenSteps = List.copyOf(unseenSteps);
    unmappedActivities = List.copyOf(unmappedActivities);
  }

  /** Calibrates {@code documented} on {@code log}; activity names matched by {@code matcher}. */
  public static Calibration of(Process documented, EventLog log, ActivityMatcher matcher) {
    DraftFigures figures = DraftFigures.of(log, Performers.none(), documented.language());
    ActivitySteps mapping =
        ActivitySteps.of(ProcessToPetriNet.convert(documented), log.activityNames(), matcher);
    Map<String, String> activityOfStep = new LinkedHashMap<>();
    List<String> unmapped = new ArrayList<>();
    for (int a = 0; a < log.activityNames().size(); a++) {
      String name = log.activityName(a);
      if (!mapping.isMapped(a)) {
        if (figures.activity(name).count() > 0) {
          unmapped.add(name);
        }
        continue;
      }
      String step = mapping.step(a);
      String known = activityOfStep.get(step);
      // several activities on one step: the most frequent one speaks for it
      if (known == null || figures.activity(name).count() > figures.activity(known).count()) {
        activityOfStep.put(step, name);
      }
    }
    List<Step> steps = new ArrayList<>();
    List<String> unseen = new ArrayList<>();
    for (Step s : documented.steps()) {
      String act = activityOfStep.get(s.id());
      if (act == null) {
        if (s.isWork() || s instanceof Call) {
          unseen.add(s.title());
        }
        steps.add(s);
        continue;
      }
      DraftFigures.ActivityFigures f = figures.activity(act);
      Duration wait = f.waiting() != null ? f.waiting() : s.task().waitTime();
      Duration work = f.work() != null ? f.work() : s.task().workTime();
      steps.add(withTimes(s, work, wait));
    }
    List<Flow> flows = shares(documented, activityOfStep, figures);
    Process p = documented;
    Process calibrated =
        new Process(
                p.id(),
                p.title(),
                p.owner(),
                p.purpose(),
                p.scope(),
                p.trigger(),
                p.outcomes(),
                p.group(),
                p.review(),
                p.language(),
                p.status(),
                p.version(),
                figures.casesPerMonth() != null ? figures.casesPerMonth() : p.casesPerMonth(),
                steps,
                flows,
                p.at(),
                p.messages())
            // risk4 (#19): the process's own risks are documentation, not figures: keep them
            .withRisks(p.risks());
    return new Calibration(calibrated, unseen, unmapped);
  }

  private static Step withTimes(Step s, Duration work, Duration wait) {
    if (s instanceof Activity a) {
      return new Activity(a.id(), a.title(), a.task().withTimes(work, wait), a.type(), a.at());
    }
    if (s instanceof Decision d) {
      return new Decision(
          d.id(), d.title(), d.question(), d.task().withTimes(work, wait), d.kind(), d.at());
    }
    if (s instanceof Call c) {
      return new Call(c.id(), c.title(), c.processId(), c.task().withTimes(work, wait), c.at());
    }
    return s;
  }

  private static List<Flow> shares(
      Process p, Map<String, String> activityOfStep, DraftFigures figures) {
    List<Flow> flows = new ArrayList<>(p.flows());
    for (Step s : p.steps()) {
      if (!(s instanceof Decision)) {
        continue;
      }
      List<Integer> outs = new ArrayList<>();
      for (int i = 0; i < flows.size(); i++) {
        if (flows.get(i).from().equals(s.id())) {
          outs.add(i);
        }
      }
      Set<String> before = walk(p, s.id(), activityOfStep, false, new HashSet<>(), true);
      long[] counts = new long[outs.size()];
      for (int k = 0; k < outs.size(); k++) {
        for (String next :
            walk(p, flows.get(outs.get(k)).to(), activityOfStep, true, new HashSet<>(), true)) {
          for (String prev : before) {
            counts[k] += figures.follows(prev, next);
          }
        }
      }
      ObservedShares.assign(flows, outs, counts);
    }
    return flows;
  }

  /**
   * The activities at {@code stepId} looking forward (the first ones from there on, or the case's
   * end) or backward (the last ones before it, or the case's start), through steps without
   * activity.
   */
  private static Set<String> walk(
      Process p,
      String stepId,
      Map<String, String> activityOfStep,
      boolean forward,
      Set<String> seen,
      boolean first) {
    Set<String> out = new HashSet<>();
    String act = activityOfStep.get(stepId);
    if (act != null && (forward || first)) {
      out.add(act);
      return out;
    }
    if (act != null) {
      out.add(act);
      return out;
    }
    if (!seen.add(stepId)) {
      return out;
    }
    Step step = p.step(stepId).orElse(null);
    if (forward && step instanceof End) {
      out.add(DraftFigures.END);
      return out;
    }
    if (!forward && step instanceof Start) {
      out.add(DraftFigures.START);
      return out;
    }
    Map<String, Boolean> next = new HashMap<>();
    for (Flow f : forward ? p.outgoing(stepId) : p.incoming(stepId)) {
      next.put(forward ? f.to() : f.from(), true);
    }
    for (String n : next.keySet()) {
      out.addAll(walk(p, n, activityOfStep, forward, seen, false));
    }
    return out;
  }
}
