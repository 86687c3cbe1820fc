package org.flowbook.mining.report;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.mining.conformance.ConformanceResult;
import org.flowbook.mining.conformance.StepConformance;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.output.SvgInline;
import org.flowbook.output.TextBundle;

/**
 * The documented flowchart with what the log did painted on it, through the diagram module's
 * overlays. Each step gets a badge — how often it was done as documented and the median wait before
 * it, on a second line how often it was skipped or done out of place — and a heat colour: by
 * default the share of deviations relative to the step that deviates most, so a manager sees at a
 * glance where practice departs from the manual; or the median wait relative to the longest, to see
 * where cases wait.
 */
public final class ConformanceMap {
  /** What the heat colour of a step shows. */
  public enum Heat {
    /** The share of the step's executions that were skipped or out of place. */
    DEVIATIONS,
    /** The median wait before the step. */
    WAITING
  }

  private ConformanceMap() {}

  /**
   * The chart as a standalone SVG document, with the process title above it; legend, badges and the
   * diagram's own words ("Other", "otherwise") in {@code language}.
   */
  public static String svg(
      Process process, ConformanceResult result, Heat heat, Language language) {
    return Diagrams.flowchart(
        process,
        RenderOptions.defaults()
            .withLanguage(language)
            .withOverlay(overlay(result, heat, language)));
  }

  /** The chart as an {@code <svg>} element to put inside an HTML page (no XML prolog, no title). */
  public static String inlineSvg(
      Process process, ConformanceResult result, Heat heat, Language language) {
    String svg =
        Diagrams.flowchart(
            process,
            RenderOptions.defaults()
                .withLanguage(language)
                .withOverlay(overlay(result, heat, language))
                .withTitle(false));
    return SvgInline.element(svg);
  }

  /**
   * The overlay: a badge and a heat value per step of {@code result}, texts in {@code language}.
   */
  public static Overlay overlay(ConformanceResult result, Heat heat, Language language) {
    Human human = Human.of(language);
    TextBundle texts = human.texts();
    double worstShare = 0;
    double longestWait = 0;
    for (StepConformance s : result.steps()) {
      worstShare = Math.max(worstShare, deviationShare(s));
      if (s.waitingIsTypical()) {
        longestWait = Math.max(longestWait, s.waiting().median());
      }
    }
    Overlay.Builder overlay =
        Overlay.builder().title(texts.format("painted.title", result.model()));
    if (heat == Heat.WAITING) {
      overlay.heatScale(
          texts.get("painted.noWait"),
          texts.format("painted.longestWait", human.duration(longestWait)));
    } else {
      overlay.heatScale(
          texts.get("painted.asDocumented"),
          texts.format("painted.worstDeviation", human.share(worstShare)));
    }
    for (StepConformance s : result.steps()) {
      double value =
          heat == Heat.WAITING
              ? (longestWait <= 0 || !s.waitingIsTypical() ? 0 : s.waiting().median() / longestWait)
              : (worstShare == 0 ? 0 : deviationShare(s) / worstShare);
      overlay.step(s.step(), Mark.heat(Math.min(1, value)).withBadge(badge(s, human)));
    }
    return overlay.build();
  }

  /**
   * "286× · median wait 1.2 d", and on a second line "14 skipped · 7 out of place" (Swedish "286× ·
   * medianväntetid 1,2 d", "14× överhoppat · 7× på fel ställe").
   */
  public static String badge(StepConformance s, Human human) {
    TextBundle texts = human.texts();
    String first = human.count(s.synchronous()) + "×";
    if (s.waitingIsTypical()) {
      first += " · " + texts.format("painted.medianWait", human.duration(s.waiting().median()));
    }
    List<String> deviations = new ArrayList<>();
    if (s.skipped() > 0) {
      deviations.add(texts.format("painted.skipped", human.count(s.skipped())));
    }
    if (s.outOfPlace() > 0) {
      deviations.add(texts.format("painted.outOfPlace", human.count(s.outOfPlace())));
    }
    return deviations.isEmpty() ? first : first + "\n" + String.join(" · ", deviations);
  }

  /** Skipped and out-of-place executions as a share of all the step's executions. */
  static double deviationShare(StepConformance s) {
    long seen = s.synchronous() + s.skipped() + s.outOfPlace();
    return seen == 0 ? 0 : (double) (s.skipped() + s.outOfPlace()) / seen;
  }
}
