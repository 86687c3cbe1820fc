package org.flowbook.mining.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.translate.StepNet;
import org.flowbook.output.Progress;

/**
 * Checks a log against a documented model: aligns every variant optimally, replays it with tokens,
 * and attributes the alignments' moves to the documented steps.
 */
public final class Conformance {
  private Conformance() {}

  /**
   * {@link #check(String, StepNet, TraceVariants, ActivityMatcher, Progress) check}, with the
   * waiting time before each step measured on the log's timestamps ({@link StepWaits}).
   *
   * @param variants {@code log.traceVariants()}, passed in because the caller usually has it
   */
  public static ConformanceResult check(
      String modelName,
      StepNet model,
      EventLog log,
      TraceVariants variants,
      ActivityMatcher matcher,
      Progress progress) {
    ConformanceResult result = check(modelName, model, variants, matcher, progress);
    return result.withWaiting(
        StepWaits.of(log, ActivitySteps.of(model, log.activityNames(), matcher)));
  }

  public static ConformanceResult check(
      String modelName,
      StepNet model,
      TraceVariants log,
      ActivityMatcher matcher,
      Progress progress) {
    PetriNet net = model.net();
    Alignments aligner =
        new Alignments(
            net,
            matcher,
            Runtime.getRuntime().availableProcessors(),
            Alignments.DEFAULT_MAX_STATES);
    AlignmentReport alignments = aligner.check(log, progress);
    TokenReplayReport replay = new TokenReplay(net, matcher).replay(log);
    ActivitySteps toStep = ActivitySteps.of(model, log.activities(), matcher);

    Map<String, long[]> perStep = new LinkedHashMap<>();
    Map<String, String> titleOf = new LinkedHashMap<>();
    for (int t = 0; t < net.transitions().size(); t++) {
      String step = model.stepOf().get(t);
      if (!step.isEmpty() && !net.transitions().get(t).isInvisible()) {
        perStep.putIfAbsent(step, new long[3]);
        titleOf.putIfAbsent(step, model.titles().get(t));
      }
    }
    long[][] unmapped = new long[log.activities().size()][2];
    for (AlignmentReport.VariantAlignment va : alignments.variants()) {
      int[] trace = log.traces().get(va.variant());
      long n = va.cases();
      boolean[] seenHere = new boolean[unmapped.length];
      for (int a : trace) {
        if (!toStep.isMapped(a)) {
          unmapped[a][0] += n;
          if (!seenHere[a]) {
            unmapped[a][1] += n;
            seenHere[a] = true;
          }
        }
      }
      AlignedTrace al = va.alignment();
      if (al == null) {
        continue;
      }
      for (int i = 0; i < al.moves(); i++) {
        int t = al.transitions()[i];
        if (al.isLogMove(i)) {
          int a = trace[al.events()[i]];
          if (toStep.isMapped(a)) {
            perStep.get(toStep.step(a))[2] += n;
          }
        } else if (!net.transitions().get(t).isInvisible()) {
          long[] c = perStep.get(model.stepOf().get(t));
          c[al.isSync(i) ? 0 : 1] += n;
        }
      }
    }
    List<StepConformance> steps = new ArrayList<>();
    perStep.forEach(
        (step, c) -> steps.add(new StepConformance(step, titleOf.get(step), c[0], c[1], c[2])));
    List<UnmappedActivity> missing = new ArrayList<>();
    for (int a = 0; a < unmapped.length; a++) {
      if (unmapped[a][0] > 0) {
        missing.add(new UnmappedActivity(log.activities().get(a), unmapped[a][0], unmapped[a][1]));
      }
    }
    missing.sort((x, y) -> Long.compare(y.events(), x.events()));
    return new ConformanceResult(
        modelName,
        net.places().size(),
        net.transitions().size(),
        (int) net.invisibleCount(),
        log.cases(),
        alignments,
        replay,
        steps,
        missing);
  }
}
