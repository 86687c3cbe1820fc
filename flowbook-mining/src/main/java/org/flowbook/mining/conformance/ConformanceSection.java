package org.flowbook.mining.conformance;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.mining.analysis.ReportSection;
import org.flowbook.mining.report.Human;
import org.flowbook.mining.report.JsonReport;
import org.flowbook.model.Process;

/**
 * The conformance part of a mining report, in text, JSON and HTML.
 *
 * @param documented the documented process the result is about, when the model was one (not a Petri
 *     net): the HTML then shows its flowchart with the log painted on it
 * @param heat what the painted flowchart's heat colour shows
 */
public record ConformanceSection(
    ConformanceResult result, Optional<Process> documented, ConformanceMap.Heat heat)
    implements ReportSection {

  public ConformanceSection {
    Objects.requireNonNull(result, "result");
    documented = Objects.requireNonNullElse(documented, Optional.empty());
    heat = Objects.requireNonNullElse(heat, ConformanceMap.Heat.DEVIATIONS);
  }

  /** A section without a flowchart (the model was a Petri net). */
  public ConformanceSection(ConformanceResult result) {
    this(result, Optional.empty(), ConformanceMap.Heat.DEVIATIONS);
  }

  @Override
  public String key() {
    return "conformance";
  }

  @Override
  public String title() {
    return "Conformance with " + result.model();
  }

  @Override
  public String text() {
    StringBuilder b = new StringBuilder();
    AlignmentReport a = result.alignments();
    TokenReplayReport t = result.tokenReplay();
    b.append(
        String.format(
            Locale.ROOT,
            "model: %d places, %d transitions (%d invisible)%n",
            result.places(),
            result.transitions(),
            result.invisibleTransitions()));
    b.append(
        String.format(
            Locale.ROOT,
            "alignment fitness %.4f (trace average %.4f), %.1f %% of cases fit%n",
            a.logFitness(),
            a.averageTraceFitness(),
            a.percentFittingTraces()));
    b.append(
        String.format(
            Locale.ROOT,
            "token replay fitness %.4f (trace average %.4f), %.1f %% of cases fit%n",
            t.logFitness(),
            t.averageTraceFitness(),
            t.percentFittingTraces()));
    if (a.unaligned() > 0) {
      b.append(a.unaligned()).append(" cases were too costly to align and are left out\n");
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%n%-40s %14s %10s %12s %12s%n",
            "step",
            "as documented",
            "skipped",
            "out of place",
            "median wait"));
    for (StepConformance s : result.steps()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-40s %14d %10d %12d %12s%n",
              cut(s.step().equals(s.title()) ? s.title() : s.step() + ". " + s.title(), 40),
              s.synchronous(),
              s.skipped(),
              s.outOfPlace(),
              medianWait(s)));
    }
    if (result.steps().stream().anyMatch(s -> s.waiting().count() > 0 && !s.waitingIsTypical())) {
      b.append("(–: the step mostly starts its case, so no typical wait before it)\n");
    }
    if (!result.unmapped().isEmpty()) {
      b.append("\nactivities that match no step:\n");
      for (UnmappedActivity u : result.unmapped()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-40s %8d events in %d cases%n",
                cut(u.activity(), 40),
                u.events(),
                u.cases()));
      }
    }
    return b.toString();
  }

  @Override
  public void writeJson(JsonGenerator json) throws IOException {
    AlignmentReport a = result.alignments();
    TokenReplayReport t = result.tokenReplay();
    json.writeStartObject();
    json.writeStringField("model", result.model());
    json.writeNumberField("places", result.places());
    json.writeNumberField("transitions", result.transitions());
    json.writeNumberField("invisibleTransitions", result.invisibleTransitions());
    json.writeNumberField("cases", result.cases());
    json.writeObjectFieldStart("alignments");
    json.writeNumberField("logFitness", round(a.logFitness()));
    json.writeNumberField("averageTraceFitness", round(a.averageTraceFitness()));
    json.writeNumberField("percentFittingTraces", round(a.percentFittingTraces()));
    json.writeNumberField("unalignedCases", a.unaligned());
    json.writeEndObject();
    json.writeObjectFieldStart("tokenReplay");
    json.writeNumberField("logFitness", round(t.logFitness()));
    json.writeNumberField("averageTraceFitness", round(t.averageTraceFitness()));
    json.writeNumberField("percentFittingTraces", round(t.percentFittingTraces()));
    json.writeEndObject();
    json.writeArrayFieldStart("steps");
    for (StepConformance s : result.steps()) {
      json.writeStartObject();
      json.writeStringField("step", s.step());
      json.writeStringField("title", s.title());
      json.writeNumberField("synchronous", s.synchronous());
      json.writeNumberField("skipped", s.skipped());
      json.writeNumberField("outOfPlace", s.outOfPlace());
      json.writeFieldName("waiting");
      JsonReport.stats(json, s.waiting());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("unmappedActivities");
    for (UnmappedActivity u : result.unmapped()) {
      json.writeStartObject();
      json.writeStringField("activity", u.activity());
      json.writeNumberField("events", u.events());
      json.writeNumberField("cases", u.cases());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public String html() {
    AlignmentReport a = result.alignments();
    StringBuilder h = new StringBuilder();
    h.append("<p>")
        .append(String.format(Locale.ROOT, "Alignment fitness <b>%.4f</b>, ", a.logFitness()))
        .append(
            String.format(
                Locale.ROOT,
                "%.1f %% of cases follow the model exactly; ",
                a.percentFittingTraces()))
        .append(
            String.format(
                Locale.ROOT, "token replay fitness %.4f.", result.tokenReplay().logFitness()))
        .append("</p>\n");
    documented.ifPresent(p -> chart(h, p));
    h.append("<table>\n<tr><th>step</th><th class=\"n\">as documented</th>")
        .append("<th class=\"n\">skipped</th><th class=\"n\">out of place</th>")
        .append("<th class=\"n\">median wait before</th></tr>\n");
    for (StepConformance s : result.steps()) {
      h.append("<tr><td>")
          .append(esc(s.step().equals(s.title()) ? s.title() : s.step() + ". " + s.title()))
          .append("</td><td class=\"n\">")
          .append(s.synchronous())
          .append("</td><td class=\"n\">")
          .append(s.skipped())
          .append("</td><td class=\"n\">")
          .append(s.outOfPlace())
          .append("</td><td class=\"n\">")
          .append(medianWait(s))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (!result.unmapped().isEmpty()) {
      h.append("<p>Activities that match no step:</p>\n<ul>\n");
      for (UnmappedActivity u : result.unmapped()) {
        h.append("<li>")
            .append(esc(u.activity()))
            .append(": ")
            .append(u.events())
            .append(" events in ")
            .append(u.cases())
            .append(" cases</li>\n");
      }
      h.append("</ul>\n");
    }
    return h.toString();
  }

  /**
   * The documented flowchart with the log painted on it, or a note when it cannot be drawn (the
   * report must still render).
   */
  private void chart(StringBuilder h, Process p) {
    h.append("<p>Where practice departs from the manual: the documented flowchart of <b>")
        .append(esc(p.title()))
        .append("</b> with the log painted on it. Each step's badge gives how often it was done")
        .append(" as documented and the median wait before it (since the previous event of the")
        .append(" case); a second line how often it was skipped or done out of place. ")
        .append(
            heat == ConformanceMap.Heat.WAITING
                ? "The darker a step, the longer cases wait before it."
                : "The darker a step, the larger its share of deviations.")
        .append("</p>\n");
    try {
      h.append("<div class=\"chart\">")
          .append(legibleWhenScaled(ConformanceMap.inlineSvg(p, result, heat)))
          .append("</div>\n");
    } catch (RuntimeException e) {
      h.append("<p class=\"warn\">(The flowchart could not be drawn: ")
          .append(esc(String.valueOf(e.getMessage())))
          .append(")</p>\n");
    }
  }

  private static final Pattern SVG_WIDTH =
      Pattern.compile("^<svg [^>]*?\\swidth=\"(\\d+(?:\\.\\d+)?)\"");

  /**
   * The report's CSS shrinks a wide chart to the window; below 70 % of its size the small print
   * (badges) gets hard to read, so from there on the chart scrolls sideways instead — and a
   * zoomed-in browser then really shows it larger.
   */
  private static String legibleWhenScaled(String svg) {
    Matcher m = SVG_WIDTH.matcher(svg);
    if (!m.find()) {
      return svg;
    }
    long min = Math.round(Double.parseDouble(m.group(1)) * 0.7);
    return "<svg style=\"min-width:" + min + "px\"" + svg.substring("<svg".length());
  }

  /** The median wait before a step, or "–" when it is not typical of the step (see there). */
  private static String medianWait(StepConformance s) {
    return s.waitingIsTypical() ? Human.duration(s.waiting().median()) : "–";
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
