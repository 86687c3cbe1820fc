package org.flowbook.simulation.report;

import java.util.List;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.output.SvgInline;
import org.flowbook.simulation.summary.Summary.ProcessSummary;
import org.flowbook.simulation.summary.Summary.StepSummary;

/**
 * The flowchart of a simulated process with each work step coloured by how long its cases waited
 * for a free person (darkest = the longest wait of the process) and the wait as a badge: the
 * diagram module's heat overlay, the same the analysis report uses for its expected waits.
 */
final class WaitingHeat {
  /** Steps that waited less than this are not marked (a minute: noise, not a queue). */
  static final double LEAST = 60;

  private WaitingHeat() {}

  /** The overlay, empty when no step waited a minute or more. */
  static Overlay overlay(ProcessSummary p, Words w) {
    double max =
        p.steps().stream()
            .mapToDouble(s -> s.waitForPerson().mean())
            .filter(d -> !Double.isNaN(d))
            .max()
            .orElse(0);
    Overlay.Builder o =
        Overlay.builder()
            .title(w.t("Väntan på en ledig person per steg", "Waiting for a free person per step"));
    if (max < LEAST) {
      return o.build();
    }
    o.heatScale("0", w.duration(max));
    for (StepSummary s : p.steps()) {
      double wait = s.waitForPerson().mean();
      if (!Double.isNaN(wait) && wait >= LEAST) {
        o.step(s.id(), new Mark(Math.min(1, wait / max), w.duration(wait), ChangeState.UNCHANGED));
      }
    }
    return o.build();
  }

  /** The chart as inline SVG in a figure, or empty when there is nothing to show or draw. */
  static String figure(ProcessSummary p, List<Process> sources, Words w) {
    Process process = sources.stream().filter(x -> x.id().equals(p.id())).findFirst().orElse(null);
    if (process == null) {
      return "";
    }
    Overlay overlay = overlay(p, w);
    if (overlay.isEmpty()) {
      return "";
    }
    try {
      String svg =
          Diagrams.flowchart(
              process,
              RenderOptions.defaults()
                  .withLanguage(w.swedish() ? Language.SV : Language.EN)
                  .withOverlay(overlay)
                  .withTitle(false));
      return "<figure class=\"flowchart\"><figcaption>"
          + HtmlReport.esc(p.title())
          + "</figcaption>\n"
          + SvgInline.element(svg)
          + "</figure>\n";
    } catch (RuntimeException e) {
      // A chart that cannot be laid out must not cost the reader the rest of the report.
      return "";
    }
  }
}
