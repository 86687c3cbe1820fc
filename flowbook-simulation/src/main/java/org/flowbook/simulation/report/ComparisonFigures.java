package org.flowbook.simulation.report;

import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.output.SvgInline;
import org.flowbook.simulation.compare.BeforeAfter.Paired;
import org.flowbook.simulation.compare.Comparison.ProcessChange;
import org.flowbook.simulation.compare.Comparison.StepChange;
import org.flowbook.simulation.stats.Estimate;

/**
 * A {@link org.flowbook.simulation.compare.Comparison}'s figures written for a reader of one
 * language — durations in the unit a manager reads with their intervals, signed paired differences,
 * utilizations in percent — and the flowchart with the waits after the change as a heat overlay:
 * what the web app's what-if page shows, worded as the simulation reports word it.
 */
public final class ComparisonFigures {
  private final Words w;

  public ComparisonFigures(Language language) {
    this.w = new Words(language);
  }

  /** "2,1 d (1,9–2,3)". */
  public String duration(Estimate e) {
    return w.duration(e);
  }

  /** The paired difference in the unit of the before side: "+1,3 d (+1,1 till +1,5)". */
  public String difference(Paired p) {
    if (!p.difference().isPresent()) {
      return "–";
    }
    return BeforeAfterReport.signedDuration(p.difference(), p.before().mean(), w);
  }

  /** "72 % (70–74)". */
  public String percent(Estimate e) {
    return w.percent(e);
  }

  /** The difference of two shares in percentage points: "+12 (+10 till +14)". */
  public String points(Paired p) {
    String s = BeforeAfterReport.points(p, w);
    return s.endsWith(" *") ? s.substring(0, s.length() - 2) : s;
  }

  /** A signed paired difference with {@code decimals} decimals: "−65,0 (−74,5 till −55,6)". */
  public String signed(Paired p, int decimals) {
    Estimate d = p.difference();
    if (!d.isPresent()) {
      return "–";
    }
    String m = sign(d.mean(), decimals);
    return d.n() < 2
        ? m
        : m
            + " ("
            + sign(d.low(), decimals)
            + w.t(" till ", " to ")
            + sign(d.high(), decimals)
            + ")";
  }

  private String sign(double v, int decimals) {
    return (v >= 0 ? "+" : w.t("−", "-")) + w.number(Math.abs(v), decimals);
  }

  /** A mean with its interval and {@code decimals} decimals: "3,4 (3,1–3,8)". */
  public String plain(Estimate e, int decimals) {
    return w.plain(e, decimals);
  }

  /**
   * The process's flowchart with each work step coloured by how long cases waited for a free person
   * after the change (darkest = the longest wait either side), the badge "before → after"; empty
   * when no step waited a minute on either side or the chart cannot be laid out.
   */
  public String heatSvg(Process after, ProcessChange change) {
    double max = 0;
    for (StepChange s : change.steps()) {
      max = Math.max(max, finite(s.waitForPerson().before().mean()));
      max = Math.max(max, finite(s.waitForPerson().after().mean()));
    }
    if (max < WaitingHeat.LEAST) {
      return "";
    }
    Overlay.Builder o =
        Overlay.builder()
            .title(
                w.t(
                    "Väntan på en ledig person per steg, före → efter",
                    "Waiting for a free person per step, before → after"))
            .heatScale("0", w.duration(max));
    for (StepChange s : change.steps()) {
      double before = s.waitForPerson().before().mean();
      double now = s.waitForPerson().after().mean();
      if (finite(before) >= WaitingHeat.LEAST || finite(now) >= WaitingHeat.LEAST) {
        o.step(
            s.id(),
            new Mark(
                Math.min(1, finite(now) / max),
                w.duration(before) + " → " + w.duration(now),
                ChangeState.UNCHANGED));
      }
    }
    try {
      return SvgInline.element(
          Diagrams.flowchart(
              after,
              RenderOptions.defaults()
                  .withLanguage(w.swedish() ? Language.SV : Language.EN)
                  .withOverlay(o.build())
                  .withTitle(false)));
    } catch (RuntimeException e) {
      // A chart that cannot be laid out must not cost the reader the figures.
      return "";
    }
  }

  private static double finite(double v) {
    return Double.isNaN(v) ? 0 : v;
  }
}
