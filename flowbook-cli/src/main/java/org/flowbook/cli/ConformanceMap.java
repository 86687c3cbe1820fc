package org.flowbook.cli;

import java.util.Locale;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.mining.conformance.ConformanceResult;
import org.flowbook.mining.conformance.StepConformance;
import org.flowbook.model.Process;

/**
 * The documented flowchart with what the log did painted on it: per step how many cases did it as
 * documented (badge), and how often it was skipped or done out of place (heat: the share of
 * deviations), so a manager sees at a glance where practice departs from the manual.
 */
final class ConformanceMap {
  private ConformanceMap() {}

  static String svg(Process process, ConformanceResult result) {
    Overlay.Builder overlay =
        Overlay.builder()
            .title("Log vs. documented process: " + result.model())
            .heatScale("as documented", "most skipped or out of place");
    // Heat is relative to the most deviating step, so small but real differences still show.
    double worst = 0;
    for (StepConformance s : result.steps()) {
      worst = Math.max(worst, deviationShare(s));
    }
    for (StepConformance s : result.steps()) {
      if (process.step(s.step()).isEmpty()) {
        continue;
      }
      double heat = worst == 0 ? 0 : deviationShare(s) / worst;
      StringBuilder badge = new StringBuilder().append(s.synchronous()).append('×');
      if (s.skipped() > 0) {
        badge.append(String.format(Locale.ROOT, " · %d skipped", s.skipped()));
      }
      if (s.outOfPlace() > 0) {
        badge.append(String.format(Locale.ROOT, " · %d out of place", s.outOfPlace()));
      }
      overlay.step(s.step(), new Mark(heat, badge.toString(), ChangeState.UNCHANGED));
    }
    return Diagrams.flowchart(process, RenderOptions.defaults().withOverlay(overlay.build()));
  }

  private static double deviationShare(StepConformance s) {
    long seen = s.synchronous() + s.skipped() + s.outOfPlace();
    return seen == 0 ? 0 : (double) (s.skipped() + s.outOfPlace()) / seen;
  }
}
